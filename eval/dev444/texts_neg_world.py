"""dev444 negatives, sport, defence and world pages: cricket and football in war words, army and
navy exercises, a Victory Day parade, arms purchases, UN peacekeeping deployments, peace talks
with the KNF, a Gaza ceasefire, a peaceful march for Gaza, Rohingya repatriation talks, border
talks with India, diplomacy, films and exhibitions, a former evacuee's success and a price war.
Labels follow eval/README.md (section 1) and the decisions in eval/dev444/README.md.

NEGATIVES = [(title, text, kind code), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


NEGATIVES = [
    (
        "Taskin leads pace attack as Tigers bowl Sri Lanka out for 188 on opening day in "
        "Chattogram",
        _c("""
Taskin Ahmed led a fiery pace attack as Bangladesh bowled Sri Lanka out for 188 on the opening
day of the second Test at the Zahur Ahmed Chowdhury Stadium in Chattogram yesterday. Taskin took
four for 47, while Nahid Rana, bowling consistently above 145 kilometres per hour, struck twice
in a hostile spell after lunch that left the visitors at 92 for five. Sri Lanka's middle order
tried to counter-attack, but Mehidy Hasan Miraz removed the last three batters in the space of
11 balls. In reply, Bangladesh were 64 for one at stumps, with Mahmudul Hasan Joy unbeaten on 31.
The pacers absolutely killed it today, Joy said at the post-day press conference, adding that
the plan had been to attack the stumps. Sri Lanka's coach said his batters had been shot out by
good bowling but had also played some poor shots. Bangladesh lost the first Test in Sylhet by
an innings and need to win here to draw the series. Rain is forecast for the fourth day.
"""),
        "sport",
    ),
    (
        "Mustafizur fires Bangladesh into Asia Cup final after last-over battle with Pakistan",
        _c("""
Mustafizur Rahman defended nine runs in the final over as Bangladesh beat Pakistan by five runs
in Dubai last night to storm into the Asia Cup final, where they will meet India on Sunday.
Chasing 168, Pakistan needed nine off the last six balls with four wickets in hand, but the
left-arm seamer conceded just three runs and took two wickets with his trademark cutters. Earlier,
Towhid Hridoy top-scored with 58 off 39 balls, and Jaker Ali smashed 34 off 16 deliveries in a
late assault that took Bangladesh to 172 for six. Pakistan's openers had launched a fierce
counter-attack in the powerplay, but leg-spinner Rishad Hossain struck twice in an over to turn
the battle. It was a war out there, and the boys held their nerve, captain Litton Das said after
the match. Thousands of Bangladeshi expatriates in the stands celebrated long into the night.
Bangladesh last reached an Asia Cup final in 2018, when they lost to India off the last ball.
"""),
        "sport",
    ),
    (
        "Hamza's stunning free-kick not enough as Bangladesh held 1-1 by India in Shillong",
        _c("""
Hamza Choudhury's stunning free-kick was not enough for Bangladesh as they were held to a 1-1
draw by India in their AFC Asian Cup qualifier in Shillong last night. India's strikers laid
siege to the Bangladesh goal in the first half, and goalkeeper Mitul Marma made three fine saves
before India took the lead through a header from a corner in the 38th minute. Bangladesh came
out fighting after the break, and Hamza, playing his first match for the country, curled a
free-kick into the top corner from 25 yards in the 61st minute. The Leicester City midfielder,
whose presence has drawn huge crowds and attention at home, was mobbed by teammates. Both sides
had chances to win it in the closing minutes, but the defences held firm. Bangladesh's coach
said his team had shown they could compete with their bigger neighbours. Bangladesh host
Singapore in Dhaka in June in their next qualifier.
"""),
        "sport",
    ),
    (
        "Bangladesh's women retain SAFF crown with 2-1 win over Nepal in Kathmandu",
        _c("""
Bangladesh retained the SAFF Women's Championship with a 2-1 win over hosts Nepal in the final at
the Dasharath Stadium in Kathmandu yesterday, silencing a crowd of more than 15,000. Monika
Chakma put Bangladesh ahead with a fierce shot in the 52nd minute before Nepal equalised through
a penalty, and Rituporna Chakma won it with a curling strike from the left flank in the 81st
minute. Nepal attacked relentlessly in the final minutes, but Bangladesh's defence, led by
captain Sabina Khatun's calm organisation, survived the late onslaught. The players, many of
them from the hills of Rangamati and Khagrachhari and from the villages of Mymensingh, danced
on the pitch with the national flag. The football federation announced a reward of Tk 1 crore
for the team, and the chief adviser congratulated the players. The team will return home on
Thursday, and fans are planning a reception at the airport. It is Bangladesh's second straight
SAFF title.
"""),
        "sport",
    ),
    (
        "Army chief hands over flags to 680 peacekeepers bound for South Sudan and Congo",
        _c("""
The chief of army staff yesterday handed over the national and UN flags to two Bangladesh Army
contingents of 680 peacekeepers who will leave for South Sudan and the Democratic Republic of
Congo next week. At a ceremony at the Bangladesh Institute of Peace Support Operations Training
in Rajendrapur, the army chief told the troops to uphold the country's reputation for discipline
and professionalism. The South Sudan contingent is an engineering battalion that will build and
repair roads and bridges, while the Congo contingent includes a rapid deployment battalion and a
field hospital. The troops completed six weeks of training, including courses on the protection
of civilians, the laws of war and preventing sexual abuse. Bangladesh is among the largest
contributors of troops to UN peacekeeping, with nearly 6,000 personnel serving in missions in
Africa and the Middle East. Female officers make up 12 percent of the outgoing contingents, the
ISPR said. The troops will serve for one year before being rotated.
"""),
        "military",
    ),
    (
        "Bangladesh, US special forces wrap up Tiger Lightning exercise in Sylhet",
        _c("""
Bangladesh and US special forces wrapped up Tiger Lightning, a two-week joint exercise, at the
army's Jalalabad cantonment in Sylhet yesterday with a demonstration of hostage rescue and
counter-terrorism drills. Around 150 troops of the army's 1st Para-Commando Battalion and around
40 members of the US Army Pacific took part in the exercise, which included jungle warfare,
heliborne assault, casualty evacuation and disaster response, the ISPR said. At the closing
demonstration, commandos slid down ropes from helicopters and stormed a mock building to free
hostages, using blank ammunition. The US ambassador, who attended the ceremony, said the exercise
showed the depth of the two countries' defence partnership. The general officer commanding of
the 17th Infantry Division said the exercise had improved the skills of Bangladeshi troops for
UN peacekeeping and counter-terrorism. The exercise has been held annually since 2014, alternating
between Bangladesh and the US.
"""),
        "military",
    ),
    (
        "Fighter jets, tanks roll past at Victory Day parade for first time in nine years",
        _c("""
Fighter jets roared over the Parade Square in Dhaka and tanks, missile launchers and armoured
personnel carriers rolled past the saluting dais as the armed forces held their first Victory Day
parade in nine years yesterday. The president took the salute as contingents of the army, navy,
air force, BGB, police, Ansar and cadets marched past, led by a band playing patriotic songs. Air
force MiG-29 and F-7 jets and army helicopters flew in formation, some trailing red and green
smoke. The army showcased its MBT-2000 tanks, self-propelled guns and newly acquired air defence
systems, while the navy displayed models of its frigates and submarines. Para-commandos jumped
from helicopters and landed in front of the dais with the national flag. Thousands of people,
including freedom fighters and foreign diplomats, watched the 90-minute parade. The parade had
been suspended since 2015 for security and organisational reasons.
"""),
        "military",
    ),
    (
        "Air force to buy 16 multirole fighters under Forces Goal 2030, defence budget up 8 percent",
        _c("""
The Bangladesh Air Force will buy 16 multirole fighter jets over the next three years as part of
the Forces Goal 2030 modernisation plan, the defence ministry told a parliamentary standing
committee yesterday. The ministry said talks were under way with Chinese and European
manufacturers and that a decision would be made by the end of the year. The jets would replace
the ageing F-7 fleet, several of which have crashed in training in recent years. The defence
budget for the coming fiscal year has been raised by 8 percent to Tk 42,000 crore, of which
around a quarter is allocated for procurement. Committee members asked the ministry to ensure
transparency in the purchase and to consider the country's foreign currency constraints.
Analysts said Bangladesh's defence spending, at around 1 percent of GDP, remains low compared with
its neighbours. The navy also plans to buy two more frigates and a maritime patrol aircraft.
"""),
        "military",
    ),
    (
        "Navy commissions two Chinese-built frigates at Chattogram ceremony",
        _c("""
The Bangladesh Navy yesterday commissioned two frigates built in China, the largest warships to
join its fleet, at a ceremony at the naval base in Chattogram's Patenga. BNS Umar Farooq and BNS
Abu Ubaidah, each about 130 metres long, are armed with anti-ship missiles, surface-to-air
missiles, a 76mm gun and torpedoes, and can carry a helicopter, the navy said. The prime minister,
who joined the ceremony virtually, said a strong navy was needed to protect the country's
maritime boundary and resources in the Bay of Bengal after the settlement of disputes with
Myanmar and India. The two ships sailed from Shanghai last month with Bangladeshi crews who had
trained in China for six months. The navy now has eight frigates and two submarines, officials
said. Naval officers said the ships would take part in search and rescue, anti-piracy patrols and
UN maritime missions as well as defence.
"""),
        "military",
    ),
    (
        "Myanmar verifies 180,000 Rohingya for return; Dhaka wants first batch before monsoon",
        _c("""
Myanmar has verified about 180,000 Rohingya from lists provided by Bangladesh as eligible to
return to Rakhine, the foreign ministry said yesterday after a meeting between officials of the
two countries in Bangkok. The list was drawn from about 800,000 names submitted by Dhaka in six
batches since 2018, and another 70,000 are under final verification, the ministry said.
Bangladesh hopes the first batch can return before the monsoon, but officials acknowledged that
much depends on conditions in Rakhine, much of which is no longer under the control of Myanmar's
government. Refugee leaders in the Cox's Bazar camps said they wanted to return only with
citizenship and guarantees of safety. UNHCR said it was ready to support voluntary returns but
that conditions were not yet suitable. Bangladesh hosts around 1.2 million Rohingya, most of whom
fled a military crackdown in 2017. The chief adviser has proposed a UN conference on the Rohingya
to be held later this year.
"""),
        "politics",
    ),
    (
        "Government, KNF peace committee hold second round of face-to-face talks in Ruma",
        _c("""
A government-formed peace committee and representatives of the Kuki-Chin National Front held a
second round of face-to-face talks in Bandarban's Ruma yesterday and agreed to continue dialogue
to bring the armed group back to normal life. The talks, held at a school in Munnuam Para under
tight security, lasted around five hours, and both sides described them as positive, committee
members said. The KNF side agreed that its members would not carry arms in public or collect
tolls from villagers while the talks continue, while the committee promised to help people who
had left their villages to return. The committee will submit a report to the government on the
KNF's demands, which include autonomy for six ethnic groups in parts of Bandarban and
Rangamati, its convener said. A third round is expected next month. Bawm community leaders who
attended the talks said people in the hills wanted peace so they could go back to their jhum
fields.
"""),
        "peace",
    ),
    (
        "Gaza ceasefire takes effect; Dhaka welcomes deal, offers to send doctors and aid",
        _c("""
A ceasefire between Israel and Hamas took effect in Gaza yesterday, and the first exchange of
hostages and Palestinian prisoners is expected today, according to mediators in Qatar and Egypt.
Bangladesh welcomed the agreement and said it was ready to send doctors, medicines and food to
Gaza as soon as crossings open, the foreign ministry said in a statement. The ceasefire held
through its first day, and thousands of displaced Palestinians began walking back towards their
neighbourhoods, according to international news agencies. The first phase of the deal will last
six weeks, during which aid trucks are to be allowed in and negotiations on a permanent end to
the war are to be held. The foreign adviser said Bangladesh stood by its position in support of
an independent Palestinian state on the 1967 borders with East Jerusalem as its capital.
Bangladeshi medical associations said around 100 doctors had registered to volunteer in Gaza.
"""),
        "peace",
    ),
    (
        "Lakhs join March for Gaza in Dhaka as peaceful rally fills Suhrawardy Udyan",
        _c("""
Lakhs of people joined the March for Gaza in Dhaka yesterday, filling Suhrawardy Udyan and the
roads around it to express solidarity with Palestinians and demand an end to Israel's war. People
began arriving from early morning, many carrying Palestinian flags, banners and watermelon-shaped
placards, from Shahbagh, Nilkhet and Matsya Bhaban. The rally, organised by a platform of Islamic
scholars, students and cultural figures, heard a declaration calling on the UN to hold Israel
accountable and on Muslim countries to cut trade with it. Leaders of BNP, Jamaat-e-Islami, the
NCP and several left parties attended, along with cricketers and artistes. The programme ended
peacefully in the afternoon, and volunteers collected litter from the park afterwards, the
Dhaka Metropolitan Police said. Traffic in central Dhaka was suspended for several hours.
Similar marches were held in Chattogram, Sylhet and Rajshahi.
"""),
        "protest",
    ),
    (
        "Dhaka, Islamabad hold first foreign secretary talks in 15 years; 1971 apology raised",
        _c("""
Bangladesh and Pakistan held their first foreign secretary-level consultations in 15 years in
Dhaka yesterday, with Bangladesh raising unresolved issues from 1971, including a formal apology
for the genocide and the division of assets. The foreign secretary told reporters that Dhaka had
also asked for the repatriation of stranded Pakistanis and the transfer of $4.32 billion in
foreign aid meant for the victims of the 1970 cyclone. Pakistan's foreign secretary said the two
countries should look to the future while addressing historical issues in a spirit of
friendship. The two sides discussed trade, direct flights, visas and cooperation in agriculture
and education, and agreed to revive a joint economic commission. Relations between the two
countries have warmed since the fall of the Awami League government last August, with direct
shipping resumed and visa rules eased. Historians said an apology for 1971 was overdue.
"""),
        "politics",
    ),
    (
        "Documentary on Rohingya exodus wins top award at Busan film festival",
        _c("""
A documentary by a Bangladeshi filmmaker about a Rohingya family's journey from Rakhine to the
camps of Cox's Bazar won the top documentary award at the Busan International Film Festival
yesterday. The 92-minute film follows a grandmother, her son and three grandchildren over six
years, from their crossing of the Naf river in 2017 to their life in a bamboo shelter in
Kutupalong. The director said she had shot more than 400 hours of footage and learned the
Rohingya language during the project. The jury praised the film for its patience and for
allowing the family to tell their own story without pity. Members of the family, who cannot
travel abroad, watched the award ceremony on a mobile phone in the camp, the director said. The
film will be shown at the Dhaka International Film Festival in January and is in talks with a
streaming platform. It was produced with support from funds in South Korea and Germany.
"""),
        "entertainment",
    ),
    (
        "Exhibition of 1971 war photographs opens at Shilpakala Academy",
        _c("""
An exhibition of around 150 photographs from the 1971 Liberation War opened at the Bangladesh
Shilpakala Academy yesterday, bringing together the work of Bangladeshi and foreign
photographers. The photographs show freedom fighters training in the jungles of Tripura,
refugees crossing into India, burned villages, the surrender at the Racecourse and the return
of Bangabandhu in January 1972. Several images of the massacre of intellectuals at Rayer Bazar
are on public display for the first time, the curators said. Families of the photographers and
several freedom fighters who appear in the pictures attended the opening. The cultural affairs
adviser said the exhibition would help young people understand the sacrifice behind the country's
independence. The exhibition will run until December 31 and will travel to Chattogram and
Rajshahi next year. Entry is free.
"""),
        "entertainment",
    ),
    (
        "From Kharkiv basement to Rangpur ward: evacuated medical student now a doctor",
        _c("""
Three years after she spent a week in a basement in Kharkiv and walked to a train that took her
out of Ukraine, Nusrat Jahan is now an intern doctor at Rangpur Medical College Hospital. The
26-year-old was in her fourth year at Kharkiv National Medical University when the war began,
and returned home through Poland with nothing but a backpack and her laptop. A government
decision allowed students who had returned from Ukraine to complete their studies at public
medical colleges, and she passed her final professional examination this year with distinction.
She said she still has nightmares about the sirens but that the experience taught her to stay
calm in emergencies. Her father, a schoolteacher in Kurigram, said the family had borrowed money
to send her abroad and had feared that her education was lost. Of the nearly 1,000 Bangladeshi
students who were studying in Ukraine, around 300 have completed their degrees at home, according
to a parents' association.
"""),
        "other",
    ),
    (
        "BGB, BSF agree to joint patrols and non-lethal weapons at DG-level border conference",
        _c("""
Border Guard Bangladesh and India's Border Security Force yesterday agreed to step up joint
patrols in vulnerable areas and to use non-lethal weapons along the frontier, as the director
general-level border conference ended in New Delhi. The BGB chief said Bangladesh had raised the
killing of Bangladeshi civilians at the border at the five-day talks, and that the BSF had
repeated its commitment to bring such deaths down to zero. Rights group Ain o Salish Kendra says
that 30 Bangladeshis were killed by BSF firing or torture last year. The two sides also discussed
the construction of fences within 150 yards of the zero line, cross-border smuggling of drugs and
cattle, and the push-in of people from India. They agreed to hold coordinated operations against
smugglers and to share information in real time. The conference, held twice a year, alternates
between Dhaka and New Delhi. The next round will be held in Dhaka in six months.
"""),
        "politics",
    ),
    (
        "Mobile operators launch price war on data packs as Starlink enters market",
        _c("""
Grameenphone, Robi and Banglalink have launched a price war on mobile data, cutting the prices of
their most popular internet packs by up to 30 percent within a week of Starlink's commercial
launch in Bangladesh. Grameenphone cut the price of its 30-day, 40-gigabyte pack to Tk 499, and
its rivals followed with similar offers the next day. Industry insiders said the operators were
also responding to falling subscriber numbers and pressure from the telecom regulator to lower
prices. Starlink, which offers satellite internet for a monthly fee of Tk 4,200 plus the cost of
equipment, is aimed at businesses and households in remote areas rather than mobile users,
analysts said. The regulator welcomed the price cuts but said it would watch that operators did
not cut quality of service. Bangladesh has around 13 crore mobile internet subscriptions,
according to the Bangladesh Telecommunication Regulatory Commission. Consumer groups said prices
were still high compared with India and Pakistan.
"""),
        "economy",
    ),
]
