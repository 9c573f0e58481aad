"""East, Central and Southern Africa: Kenya's post-election deaths and a murdered returning
officer, the coups of Sudan and Gabon, Zimbabwe, Mozambique, Uganda, the Central African
Republic, Somalia, Cameroon, Congo, Chad, Burundi, Ethiopia and Tanzania (15 articles, all
with figures)."""

from _wrap import item

item(
    "Rights commission says police killed 24 in post-election protests",
    """[[At least 24 people|killed;a=the Kenya National Commission on Human Rights (KNCHR)]]
    were killed by police in the protests that followed the {{August 8}} presidential election,
    the Kenya National Commission on Human Rights (KNCHR) has said. In a report released in
    Nairobi yesterday, the commission said [[17 of the deaths|killed;a=the commission;alt=the
    Kenya National Commission on Human Rights (KNCHR)]] occurred in Nairobi, mostly in Mathare
    and Kibera, while the rest were recorded in Kisumu, Siaya and Migori counties. It said [[at
    least 107 people|injured;a=the Kenya National Commission on Human Rights (KNCHR);alt=the
    commission]] were treated for gunshot and panga wounds. Among the dead were [[two
    children|killed]], including a {{six-month-old}} girl who died after police stormed homes
    in Nyalenda. According to the Kenya Red Cross, [[about 1,200 families|displaced;a=the Kenya
    Red Cross]] fled the informal settlements of Kisumu during the crackdown. The Interior
    ministry has put the toll at [[nine|killed;a=The Interior ministry]], all of whom it
    described as looters. Mr Kenyatta was declared winner with {{54.27 per cent}} of the vote
    against {{44.74 per cent}} for Mr Raila Odinga, from a register of {{19.6 million voters}}.""",
)

item(
    "Missing IEBC officer's body found in Kajiado forest",
    """The body of a constituency returning officer who went missing on Thursday was found
    dumped in a forest in Loitokitok, Kajiado County, police said yesterday. Joseph Kilonzo,
    {{53}}, was last seen at the Embakasi East tallying centre, where he had been collating
    results for {{Form 34A}}. The IEBC said [[three other election officials|kidnapped;a=The
    IEBC]] had been briefly abducted in Nandi and Kakamega since the {{August 9}} vote and
    asked for protection for its staff. Police said [[two suspects|arrested;a=Police]] were
    being questioned. In Turkana, raiders torched [[three polling
    stations|housing;u=structure;a=the county commissioner]], leaving [[about 4,000
    voters|civilians;a=the county commissioner]] unable to cast their ballots, the county
    commissioner said. The commission hired [[about 200,000 temporary staff|other;a=The
    commission;alt=The IEBC]] for the General Election, and [[more than 1,000 police
    officers|combatants]] now guard the national tallying centre at the Bomas of Kenya, where
    results from the {{290 constituencies}} are being verified. Nairobi's turnout stood at {{56
    per cent}}, below the national {{65 per cent}}.""",
)

item(
    "Sudan's military seizes power, detains PM Hamdok",
    """Sudan's military has seized power, dissolving the transitional government and detaining
    Prime Minister Abdalla Hamdok along with [[at least four cabinet ministers|arrested]] and
    the governor of Khartoum. [[Seven people|killed;a=the Central Committee of Sudanese
    Doctors]] were killed and [[more than 140 others|injured;a=the Central Committee of
    Sudanese Doctors]] wounded when soldiers opened fire on protesters in Khartoum, according
    to the Central Committee of Sudanese Doctors. [[Thousands of protesters|other]] blocked
    roads with burning tyres in Omdurman and Bahri. Troops also detained [[at least 10
    leaders|arrested]] of the civilian Forces of Freedom and Change coalition in night raids.
    General Abdel Fattah al-Burhan declared a state of emergency and said elections would be
    held in {{July 2023}}. The United States paused {{$700m}} in emergency aid. Sudan had been
    ruled by a joint civilian-military council since the {{2019}} uprising that toppled Omar
    al-Bashir after {{30 years}} in power.""",
)

item(
    "Zimbabwe army opens fire on opposition protesters in Harare",
    """Zimbabwean soldiers opened fire on opposition supporters in central Harare on Wednesday,
    killing [[three people|killed;a=police]], police said, as anger grew over delays in
    announcing the result of Monday's presidential election. [[Hundreds of protesters|other]]
    had gathered outside the electoral commission's offices, some burning cars and throwing
    stones. On Thursday police raided the headquarters of the Movement for Democratic Change
    and arrested [[16 people|arrested;a=a party spokesman]], a party spokesman said. The
    electoral commission said Zanu-PF had won {{145 of the 210 seats}} in parliament, and
    President Emmerson Mnangagwa was later declared winner with {{50.8%}}. A commission of
    inquiry found that [[six people|killed;a=A commission of inquiry]] had died and [[35
    others|injured;a=A commission of inquiry]] had been injured, most of them shot from behind
    as they ran, and that [[about 600 soldiers|combatants;a=A commission of inquiry]] had been
    deployed without a clear order.""",
)

item(
    "Mozambique protest toll nears 300, rights group says",
    """The civil society group Plataforma Decide says [[277 people|killed;a=The civil society
    group Plataforma Decide]] have been killed since protests over Mozambique's disputed
    election began in October, [[38 of them|killed;n=-;a=The civil society group Plataforma
    Decide]] children. Police have detained [[more than 4,000 people|arrested]]. [[More than
    2,000 Mozambicans|displaced;a=officials in Malawi]] have crossed into Malawi to escape the
    violence, officials in Malawi said. The Constitutional Council confirmed Daniel Chapo of
    Frelimo, the party that has governed since {{1975}}, as winner with {{65%}}. [[Two
    opposition figures|killed]], a lawyer and a party official, were shot dead in their car in
    Maputo on {{October 19}}. On Christmas Day [[1,500 inmates|other]] escaped from a prison
    outside the capital during a riot, and [[33 of them|killed;n=-]] were killed in clashes
    with guards. Looters burned [[about 150 shops|housing;a=the chamber of commerce]] in Maputo
    and Matola, the chamber of commerce said.""",
)

item(
    "Uganda riots toll rises to 54 after Bobi Wine arrest",
    """The death toll from {{two days}} of riots in Uganda, triggered by the arrest of
    presidential candidate Robert Kyagulanyi, has risen to [[54|killed;a=police]], police said
    on Friday. Police spokesman Fred Enanga said [[836 suspects|arrested;a=Police spokesman
    Fred Enanga]] had been arrested and [[45|injured;a=Police spokesman Fred Enanga]] were
    still in hospital. Kyagulanyi, the {{38-year-old}} singer-turned-politician better known as
    Bobi Wine, was held for breaking {{COVID-19}} rules on gatherings. [[Two
    journalists|injured]] covering his arrest were hit by rubber bullets, and the army deployed
    [[hundreds of soldiers|combatants]] in Kampala. His National Unity Platform says [[more
    than 400 of its supporters|missing;a=His National Unity Platform]] have gone missing since
    the campaign began, many of them picked up by men in unmarked vans. President Yoweri
    Museveni, {{76}}, is seeking a {{sixth term}} in the {{January 14}} vote.""",
)

item(
    "Rebels stop voting in Central African Republic",
    """Armed groups prevented voting in [[at least 800|other;u=structure;a=the National
    Elections Authority]] of the Central African Republic's [[5,408 polling
    stations|other;u=structure;a=the National Elections Authority]] on Sunday, according to the
    National Elections Authority. Rebels of the Coalition of Patriots for Change burned
    electoral materials and seized ballot boxes in several prefectures. [[Three UN
    peacekeepers|killed;a=the UN mission]] from Burundi were killed in an attack on their
    convoy in Dekoa on Friday, the UN mission said. UNHCR said [[more than 55,000
    people|displaced;a=UNHCR]] had fled into Congo since the fighting began in mid-December,
    and that [[about 185,000 people|displaced;a=UNHCR]] were displaced inside the country.
    Russia sent [[300 military instructors|combatants]] and Rwanda [[hundreds of
    troops|combatants]] to back the government, alongside [[some 12,000 UN
    peacekeepers|combatants]]. President Faustin-Archange Touadera was declared winner with
    {{53.9%}}; the electoral body said {{1.86 million voters}} had registered.""",
)

item(
    "Twin suicide bombings kill 48 in Somali town, including lawmaker",
    """Twin suicide bombings in the central Somali town of Beledweyne killed [[at least 48
    people|killed;a=regional officials]], including an opposition lawmaker, and wounded
    [[108|injured;a=regional officials]] on Wednesday night, regional officials said. The first
    bomber targeted the lawmaker as she campaigned for re-election to the {{275-seat}} lower
    house, where each seat is chosen by {{101 clan delegates}}. Islamist group al Shabaab,
    which claimed the attack, said it had killed [[more than 30 government
    officials|killed;a=Islamist group al Shabaab]]. Earlier in the day, militants fired [[at
    least five mortar rounds|other]] at Mogadishu's airport, wounding [[four people|injured]]
    including [[two Somali soldiers|injured]]. The delayed election has been running for more
    than a year.""",
)

item(
    "Separatist gunfire keeps voters away in Cameroon's Anglophone regions",
    """Voting was barely visible in Cameroon's English-speaking regions on Sunday as
    separatists enforced a lockdown and gunfire rang out in Bamenda and Buea. The army said
    [[three suspected separatists|killed;a=The army]] were shot dead near a polling station in
    Bamenda. Elections Cameroon relocated [[more than 100 polling stations|other;u=structure]]
    in the North-West and South-West to towns held by the army, and observers said turnout
    there was around {{5 percent}}. The UN says [[more than 437,000 people|displaced;a=The UN]]
    have fled the conflict in the Anglophone regions and [[30,000|displaced;a=The UN]] have
    crossed into Nigeria. In Ndop, gunmen abducted [[seven election officials|kidnapped;a=the
    regional governor]] on their way to work, the regional governor said. [[Two polling
    stations|housing;u=structure]] were burned in Kumbo. President Paul Biya, {{85}}, is
    seeking a {{seventh term}}. The country has {{6.6 million registered voters}}.""",
)

item(
    "Congo army says it foiled coup attempt in Kinshasa",
    """Congo's army said on Sunday it had foiled an attempted coup after gunmen attacked the
    residence of a senior lawmaker and briefly occupied the presidential offices in Kinshasa.
    Army spokesman General Sylvain Ekenge said [[about 40 attackers|arrested;a=Army spokesman
    General Sylvain Ekenge]] had been arrested, including [[three Americans|arrested;a=Army
    spokesman General Sylvain Ekenge]], and that [[four people|killed;a=Army spokesman General
    Sylvain Ekenge]] were killed, among them the group's leader. [[Two police officers|killed]]
    guarding the lawmaker's residence were also shot dead, and the attackers briefly held
    [[three guards|kidnapped]] hostage at the Palais de la Nation. President Felix Tshisekedi
    was re-elected in December with {{73.47%}} of the vote. In September a military court
    sentenced [[37 defendants|arrested;a=a military court]] to death over the attack.""",
)

item(
    "Celebratory gunfire kills 10 after Chad election result",
    """Celebratory gunfire after Mahamat Idriss Deby was declared winner of Chad's presidential
    election killed [[at least 10 people|killed;a=a medical source]] and wounded [[several
    dozen|injured;a=a medical source]] in N'Djamena, a medical source said. Deby, {{40}}, won
    {{61.3%}} of the vote; his prime minister and main rival, Succes Masra, took {{18.5%}} and
    claimed victory. In February, opposition leader Yaya Dillo was killed with [[a dozen
    supporters|killed]] in an army assault on his party headquarters. Police said [[more than
    30 people|arrested;a=Police]] were arrested for firing weapons in the streets after the
    result. Security forces killed [[at least 128 people|killed;a=rights groups]] during
    protests in {{October 2022}}, rights groups say, and [[more than 600|arrested;a=rights
    groups]] were taken to a desert prison.""",
)

item(
    "Gabon officers seize power after Bongo declared winner",
    """Army officers in Gabon said on Wednesday they had seized power, minutes after the
    election body announced that President Ali Bongo had won a {{third term}} with {{64.27%}}
    of the vote. [[Twelve officers|combatants]] appeared on the {{Gabon 24}} television
    channel. They said they represented all the security forces and that Bongo was under house
    arrest, as were [[five ministers|arrested;a=Army officers]]. They said they had arrested
    [[seven people|arrested;a=Army officers]], including one of Bongo's sons, on charges of
    treason and corruption. [[Hundreds of people|other]] took to the streets of Libreville to
    celebrate. The Bongo family had ruled the oil-rich country of [[2.3 million
    people|civilians;v=2300000]] for {{56 years}}. France, the former colonial power, has
    [[about 350 soldiers|combatants]] stationed in Gabon.""",
)

item(
    "Burundi rounds up coup plotters as refugees flee",
    """Burundian forces loyal to President Pierre Nkurunziza arrested [[12 coup
    plotters|arrested;a=the army]], including [[three generals|arrested;a=the army]], the army
    said on Friday, after [[17 soldiers|killed]] died in fighting for control of the state
    radio building in Bujumbura. [[At least 20 people|killed;a=rights groups]] have been killed
    since April in protests against Nkurunziza's bid for a {{third term}}, according to rights
    groups. The UN refugee agency said [[more than 105,000 Burundians|displaced;a=The UN
    refugee agency]] had fled to Rwanda, Tanzania and Congo, [[about 70,000 of
    them|displaced;n=-;a=The UN refugee agency]] to the Tanzanian lakeside village of Kagunga.
    The vote is due on {{June 26}}.""",
)

item(
    "Ethiopia votes in war's shadow as polls postponed in 100 constituencies",
    """Ethiopians voted on Monday in national and regional elections, but no vote was held in
    war-torn Tigray, and polling was postponed in [[more than 100
    constituencies|other;u=other;a=the National Election Board of Ethiopia (NEBE)]] elsewhere
    because of insecurity and logistical problems, according to the National Election Board of
    Ethiopia (NEBE). In western Oromia, gunmen killed [[two election workers|killed;a=a local
    official]] and burned ballot papers on the eve of the vote, a local official said. Fighting
    in Amhara's Oromia special zone forced [[about 250,000 people|displaced;a=the regional
    government]] from their homes in April, the regional government says. The UN says [[more
    than 5.2 million people|civilians;v=5200000;a=The UN]] in Tigray need emergency food aid,
    [[350,000|civilians;a=The UN]] of them in famine conditions. The opposition Oromo
    Federalist Congress, which boycotted the poll, says [[thousands of its
    supporters|arrested;a=The opposition Oromo Federalist Congress]] are in prison. Civil
    society groups deployed [[about 8,000 observers|other]]. Prime Minister Abiy Ahmed, {{44}},
    is seeking a full {{five-year term}}; {{37 million}} Ethiopians registered to vote, and
    polls opened at {{6am}}.""",
)

item(
    "Tanzania: Chadema says hundreds killed in post-election protests",
    """Tanzania's main opposition party, Chadema, says [[at least 700
    people|killed;a=Tanzania's main opposition party, Chadema]] were killed by security forces
    in {{three days}} of protests that followed the {{October 29}} General Election, a figure
    the government has dismissed. Police said [[more than 240 people|arrested;a=Police]] had
    been charged with treason. Protesters burned [[at least 30 vehicles|other]] and [[a dozen
    police stations|housing;u=structure]] in Dar es Salaam, Arusha and Mwanza, and a curfew
    from {{6pm}} remains in force in the commercial capital. At the Namanga border post, [[more
    than 200 Kenyan travellers|displaced;a=Kenyan officials]] were stranded for {{two days}},
    Kenyan officials said, and [[two Kenyan activists|missing;a=the Law Society of Kenya]]
    detained in Dar es Salaam remain unaccounted for, according to the Law Society of Kenya.
    President Samia Suluhu Hassan, {{65}}, was declared winner with {{97.66 per cent}} of the
    vote after her main challengers were barred from the race.""",
)
