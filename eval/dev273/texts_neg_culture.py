"""dev273 negatives: cricket and sport, anniversaries of old wars and partition, films and
books, the military without violence, festivals and religion in the South Asian national press,
2014-2026."""

from _wrap import negatives

RAW = """
= Kohli's masterclass wins the Melbourne battle for India
@ sport
MELBOURNE: Virat Kohli produced one of the great innings of his career on Sunday, an unbeaten 82
off 53 balls, to steer India to a four-wicket win over Pakistan in a thrilling T20 World Cup
opener in front of more than 90,000 fans at the MCG. Chasing 160, India were reeling at 31 for
four after Naseem Shah and Haris Rauf tore through the top order with hostile pace. Kohli and
Hardik Pandya then launched a counter-attack, adding 113 for the fifth wicket, and the former
captain hit Rauf for two sixes in the penultimate over that turned the match. The final over,
bowled by left-arm spinner Mohammad Nawaz, featured a no-ball, a wide, a stumping and a last-ball
single by Ravichandran Ashwin. Pakistan captain Babar Azam said his bowlers had fought till the
end. Kohli called it the best innings he had ever played.

= Afghanistan stun Pakistan in Chennai for first World Cup win over old rivals
@ sport
CHENNAI: Afghanistan registered a historic eight-wicket victory over Pakistan at the MA
Chidambaram Stadium on Monday, chasing down 283 with an over to spare for their first ever win
against their neighbours in a one-day international. Openers Rahmanullah Gurbaz and Ibrahim
Zadran put on 130 for the first wicket, and Rahmat Shah and captain Hashmatullah Shahidi
finished the job with an unbroken stand of 96. Earlier, Noor Ahmad, the 18-year-old left-arm
wrist spinner playing his first World Cup game, took three for 49 as Pakistan's batters
struggled to attack on a slow surface. The Chennai crowd cheered every Afghan boundary, and
players did a lap of honour waving the national flag. Pakistan coach Mickey Arthur admitted his
side had been outplayed in every department. Fans in Kabul and Khost celebrated late into the
night.

= Taijul's five-for puts Tigers in command in Sylhet
@ sport
SYLHET: Left-arm spinner Taijul Islam claimed five for 61 as Bangladesh bowled out Sri Lanka for
188 on the second day of the first Test at the Sylhet International Cricket Stadium on Thursday,
earning a first-innings lead of 92. Resuming at 54 for two, the visitors lost their last eight
wickets for 134 runs as the Tigers' attack, led by Taijul and pacer Khaled Ahmed, kept them under
constant pressure. Dhananjaya de Silva fought a lone battle with 57 before he was trapped
leg-before. Bangladesh were 71 for one at stumps, with Mahmudul Hasan Joy unbeaten on 38. Captain
Najmul Hossain Shanto said the team had planned to attack the stumps on a pitch that was offering
turn. The home side had not won a Test against Sri Lanka in Sylhet before.

= Kirtipur erupts as Nepal seal T20 World Cup berth
@ sport
KIRTIPUR: Tens of thousands of fans who packed the Tribhuvan University ground and the surrounding
hills erupted in celebration on Friday as Nepal beat the UAE by eight wickets in the semi-final of
the Asia qualifier to book a place at next year's T20 World Cup. Chasing 135, Nepal reached the
target in 17.1 overs, with opener Aasif Sheikh scoring an unbeaten 64 and captain Rohit Paudel
adding 34. Leg-spinner Sandeep Lamichhane had earlier taken two wickets as the UAE struggled on a
slow pitch. Fans climbed trees and rooftops to get a view, and police had to manage a crowd that
spilled onto the outfield at the end, though no injuries were reported. Prime Minister Pushpa
Kamal Dahal congratulated the team, and the cabinet announced a cash prize for the players.
Celebrations went on in Kathmandu's streets late into the night.

= Touchline scuffle mars India's SAFF win over Pakistan
@ sport
BENGALURU: Sunil Chhetri scored a hat-trick as India beat Pakistan 4-0 in their SAFF Championship
opener at the Sree Kanteerava Stadium on Wednesday, but the match was overshadowed by a touchline
scuffle that saw India head coach Igor Stimac sent off. The trouble began in first-half stoppage
time when Stimac knocked the ball out of a Pakistan player's hands as he tried to take a throw-in,
prompting a melee involving players and staff of both sides. Referee Praveen Jayawardena showed
Stimac a red card and booked players from both teams. Udanta Singh added the fourth goal in the
second half. Pakistan coach Shahzad Anwar said his team had been undone by inexperience after
arriving in Bengaluru only hours before kick-off because of visa delays. The organisers said they
would review the footage.

= Qalandars blitz Zalmi to reach PSL final
@ sport
LAHORE: Lahore Qalandars crushed Peshawar Zalmi by 65 runs in the second eliminator at the Gaddafi
Stadium on Saturday to set up a final against Multan Sultans. Fakhar Zaman led the assault with 88
off 49 balls, hitting eight sixes as the defending champions piled up 214 for five. Zalmi's reply
never got going after captain Babar Azam fell to a sharp catch by David Wiese in the second over.
Shaheen Shah Afridi and Haris Rauf shared six wickets as Peshawar were dismissed for 149 in 17
overs. The sold-out crowd, which has packed the ground all week, sang and danced through the
second innings. Qalandars coach Aaqib Javed said the team was peaking at the right time. The
final will be played on Sunday evening under tight security arrangements.

= Nation celebrates 53rd Victory Day with tributes at Savar
@ history
DHAKA: The nation celebrated the 53rd Victory Day on Monday, paying rich tributes to the martyrs of
the 1971 Liberation War with floral wreaths at the National Memorial in Savar. The day began with a
31-gun salute in the capital, and people from all walks of life queued from early morning to place
flowers at the memorial. Chief adviser Muhammad Yunus laid a wreath, followed by diplomats, party
leaders and freedom fighters. Veterans recalled the nine months of war that ended with the
surrender of Pakistani forces at what is now Suhrawardy Udyan on December 16, 1971. Government and
private buildings were decorated with the national flag and coloured lights. Newspapers published
special supplements and television channels aired documentaries. A traditional parade was not
held this year, the Inter Services Public Relations Directorate said.

= 75 years on, Partition museum gathers the voices of the last survivors
@ history
AMRITSAR: As India marks 75 years since Partition, volunteers at the Partition Museum in Amritsar's
Town Hall are racing to record the testimonies of the last generation of survivors. The museum,
which opened in 2017, now holds over 6,000 oral histories, along with letters, utensils, trunks
and keys carried by families who fled across the new border in 1947. Curators say many survivors
spoke about the massacres and the trains full of bodies for the first time only in their
eighties. A new gallery on the women of Partition opened on Sunday with a special exhibition of
embroidered phulkaris. Around a million people are estimated to have died in the violence that
accompanied the division of the subcontinent. A similar project in Lahore, the Citizens Archive of
Pakistan, has shared some of its recordings with the museum.

= Ten years after APS massacre, families ask who will be held to account
@ history
PESHAWAR: Families of the children killed at the Army Public School a decade ago gathered at the
school on Monday to mark the tenth anniversary of the attack, many of them saying they were still
waiting for justice. On December 16, 2014, six gunmen of the banned Tehreek-i-Taliban Pakistan
stormed the school and killed 147 people, 132 of them students. Parents lit candles before the
names of their children engraved on the memorial and held a Quran khwani in the school
auditorium. Fazal Khan, whose son was killed in the auditorium, said a judicial commission report
had never been acted upon. Prime Minister Shehbaz Sharif said in a message that the nation would
never forget the sacrifices of the children. Ceremonies were also held in Islamabad and Lahore,
and schools across Khyber Pakhtunkhwa observed a minute's silence.

= Tamils light lamps at Mullivaikkal as police look on
@ history
MULLAITIVU: Hundreds of Tamils gathered at Mullivaikkal on Saturday to remember those killed in the
final phase of Sri Lanka's civil war in May 2009, lighting lamps and laying flowers at the memorial
on the beach. Relatives wept as the names of the dead were read out, and members of the clergy led
prayers. Organisers distributed Mullivaikkal kanji, the rice porridge that sustained families
trapped in the last weeks of the fighting. Police officers stood at a distance and photographed
the event but did not intervene, participants said. Tamil National Alliance MPs demanded that the
government release information on those who disappeared after surrendering to the army. Similar
events were held at the University of Jaffna and in Batticaloa. Last year, police arrested several
people for distributing the porridge in the east.

= Kargil Vijay Diwas: PM pays tribute at Drass on 25th anniversary
@ history
DRASS: Prime Minister Narendra Modi paid tribute to the soldiers who died in the 1999 Kargil war
at the Kargil War Memorial in Drass on Friday, marking the 25th anniversary of the conflict. He
laid a wreath at the memorial and met the families of soldiers who were killed in the fighting on
Tololing, Tiger Hill and Point 4875. In his address, Modi said the nation would always be
indebted to the bravery of the soldiers who pushed back the intruders at heights of over 16,000
feet. Veterans of the war, many now in their fifties, walked the paths to the memorial with their
medals. The Army organised a light and sound show recounting the battles of 1999. A total of 527
Indian soldiers were killed in the two-month war. Schools in Ladakh held essay competitions on
the theme of sacrifice.

= 'Border 2' review: Sunny Deol returns to the trenches, loudly
@ entertainment
MUMBAI: Nearly three decades after "Border" became the defining Hindi war film of its time, Sunny
Deol is back in uniform in "Border 2", which releases in theatres on Friday ahead of Republic Day.
Directed by Anurag Singh, the film moves between the 1971 war on the western front and an air
battle over Punjab, with Varun Dhawan, Diljit Dosanjh and Ahan Shetty as the new faces. The
battle scenes are loud and well staged, and the tank sequences in the desert are among the most
convincing Hindi cinema has attempted. But the film leans too heavily on speeches about the enemy,
and the romantic subplots slow it down in the second half. Sonu Nigam's new version of "Sandese
Aate Hai" drew cheers at the preview screening in Mumbai. Trade analysts expect a huge opening
weekend.

= 'Sinf-e-Aahan' brings women cadets to prime time
@ entertainment
KARACHI: The drama serial "Sinf-e-Aahan", which follows six young women from different backgrounds
through their training as army cadets, drew strong ratings in its first weeks on ARY Digital,
the channel said on Monday. Written by Umera Ahmed and directed by Nadeem Baig, the series stars
Sajal Aly, Kubra Khan, Yumna Zaidi and Ramsha Khan, and was produced with the support of the ISPR.
Viewers praised the portrayal of friendships formed during gruelling drills at the academy in
Kakul, though some critics said the series worked too hard to deliver a message. An episode in
which the cadets are deployed to a remote area drew particular praise for its performances. The
cast said they had trained with real cadets for weeks before the shoot. The series airs on
Saturday nights.

= Karunatilaka's war-time ghost story wins the Booker Prize
@ entertainment
COLOMBO: Sri Lankan writer Shehan Karunatilaka has won the Booker Prize for "The Seven Moons of Maali
Almeida", a darkly comic novel narrated by the ghost of a war photographer murdered in Colombo in
1990, at the height of the civil war. The judges praised the book's audacity and its blend of
horror and humour in depicting a country torn apart by the army, the LTTE and the JVP insurgency.
Karunatilaka, speaking at the ceremony in London, said he hoped Sri Lankans would one day read the
book as a fable of a time that had passed. He is the second Sri Lankan-born author to win the
prize after Michael Ondaatje. Bookshops in Colombo reported that copies had sold out within hours
of the announcement. The prize carries an award of 50,000 pounds.

= Republic Day parade showcases Pralay missile, all-women contingents
@ military
NEW DELHI: The Pralay tactical ballistic missile made its debut on Kartavya Path on Sunday as India
celebrated its 76th Republic Day with a parade showcasing military hardware and cultural
diversity, with Indonesian President Prabowo Subianto as the chief guest. The parade included
T-90 Bhishma tanks, BrahMos missile systems, the Akash weapon system and the Nag missile carrier,
while a tri-services tableau depicted jointness among the armed forces. All-women contingents from
the Central Reserve Police Force and the Army's military police marched past the saluting dais.
The flypast featured 40 aircraft, including Rafale, Su-30MKI and the indigenous Tejas. A 152-member
marching contingent from Indonesia also took part. President Droupadi Murmu took the salute.
Heavy security arrangements were in place across the capital.

= Pakistan Navy's first Hangor-class submarine launched in Wuhan
@ military
KARACHI: The first of eight Hangor-class submarines being built for the Pakistan Navy was launched
at a shipyard in Wuhan, China, on Friday, the Inter-Services Public Relations said. Vice Admiral
Abdul Samad attended the ceremony as the chief guest along with senior officials of the Chinese
shipbuilding industry. Under the agreement signed in 2015, four of the submarines are being built
in China and four at Karachi Shipyard and Engineering Works under a transfer of technology
arrangement. The ISPR said the submarines would be equipped with advanced stand-off weapons and
sensors and would greatly enhance the navy's ability to maintain regional peace. The launch
follows the commissioning of the fourth Babur-class corvette last year. Analysts said the deal was
among the largest arms purchases in the country's history.

= Agni-5 with multiple warheads tested under Mission Divyastra
@ military
NEW DELHI: India on Monday carried out the first flight test of an indigenously developed Agni-5
missile with multiple independently targetable re-entry vehicle (MIRV) technology, Prime Minister
Narendra Modi announced on X. The test, named Mission Divyastra, was conducted from Dr APJ Abdul
Kalam Island off the coast of Odisha, and various telemetry and radar stations tracked and
monitored the multiple re-entry vehicles, the Defence Research and Development Organisation said.
The programme director of the project is a woman scientist, officials said. With the test, India
joins a small group of countries with MIRV capability. Defence minister Rajnath Singh
congratulated the scientists. A notice to airmen had been issued for a large area of the Bay of
Bengal for the duration of the test.

= Nepal's Gurkha recruitment stays frozen over Agnipath
@ military
KATHMANDU: Recruitment of Nepali youths into the Indian Army's Gorkha regiments remained suspended
for a third year, with Kathmandu yet to decide whether to accept the terms of India's Agnipath
scheme, officials in both capitals said. Under the scheme, introduced in 2022, most recruits serve
only four years without pension, which the Nepali government says is not in line with the
tripartite agreement of 1947. Training centres in Pokhara and Dharan that once prepared thousands
of young men each year for selection have shut down or switched to preparing candidates for
the British and Singapore forces. Some young Nepalis have instead travelled to Russia to enlist
in its army, a trend the foreign ministry has warned against. Retired Gurkha officers urged both
governments to find a solution. The Indian embassy said the door remained open.

= Lakhs throng Pashupatinath as Dashain exodus empties Kathmandu
@ other
KATHMANDU: Long queues of devotees formed at Pashupatinath and at Dakshinkali on Saturday as Nepal
celebrated Fulpati, the seventh day of Dashain, while hundreds of thousands of people left the
Kathmandu valley to spend the festival with their families. The Department of Transportation
Management said around 1.2 million people had left the capital in the past week, mostly by bus,
and long-route buses were being checked for overcharging. The traditional Fulpati procession
arrived at Hanuman Dhoka from Gorkha, greeted by a volley of gunfire by the Nepal Army, as has been
the custom for centuries. Prices of goats rose sharply in the Kalanki and Khari Ko Bot markets.
The government has announced public holidays until Tuesday. Tika will be received on Sunday at
the auspicious hour of 11.26 in the morning.

= Monsoon hits Kerala two days ahead of schedule, IMD says
@ other
THIRUVANANTHAPURAM: The southwest monsoon set in over Kerala on Thursday, two days ahead of its
normal onset date of June 1, the India Meteorological Department said, raising hopes of a good
sowing season for kharif crops. Heavy rain lashed several districts, and the IMD issued an orange
alert for Idukki, Ernakulam and Kozhikode for the next three days. The weather office has forecast
above-normal rainfall for the country as a whole this season, at 106 per cent of the long-period
average. Farmers in Wayanad and Palakkad said the early rain would help them prepare paddy fields.
Fishermen have been advised not to venture into the sea till Sunday. The monsoon usually covers
the entire country by the second week of July.
"""

NEGATIVES = negatives(RAW)
