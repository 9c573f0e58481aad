"""dev131 plain negatives: refugees and hosts after the fighting, schools, transport, culture, trade.

Whole articles of ordinary news (eval/README.md, section 1, `negative_other`); a few mention wars
that are over or far away, none reports a violent event.
"""

# (title, text, kind code)
NEGATIVES = [
    (
        "Government extends housing programme for displaced persons from Nagorno-Karabakh",
        "The government on Thursday extended until the end of next year the housing programme for "
        "forcibly displaced persons from Nagorno-Karabakh, under which families receive a state "
        "certificate worth up to 5 million drams per person to buy a home anywhere in Armenia "
        "outside Yerevan, the Ministry of Labour and Social Affairs said. Speaking at the cabinet "
        "meeting, Prime Minister Nikol Pashinyan said more than 14,000 families had "
        "received certificates so far and that about 5,000 had already used them to buy houses "
        "or apartments, most of them in Kotayk, Ararat and Armavir provinces. The monthly rent "
        "and utility support of 40,000 drams per person, which has been paid since the autumn of "
        "2023, will be gradually reduced and targeted at the most vulnerable, he said. 'We are "
        "grateful for the help, but in our village a certificate buys half a house, and there is "
        "no work for my husband,' said Gayane, a mother of three from Askeran who now lives in "
        "rented rooms in Masis. Mayors of several towns said the arrival of families from "
        "Karabakh had helped fill empty schools, while estate agents said house prices in some "
        "areas had risen sharply. The programme is financed partly with grants from the European "
        "Union and other partners.",
        "other",
    ),
    (
        "More than 100,000 Syrian refugees have returned home from Jordan since December, UNHCR says",
        "More than 100,000 Syrian refugees registered with UNHCR in Jordan have returned to Syria "
        "since the fall of the previous regime in December, the UN refugee agency's representative "
        "in Jordan said on Tuesday, with the pace of returns picking up after the end of the "
        "school year. Most of the returnees come from urban areas in Amman, Irbid and Mafraq "
        "rather than from the Zaatari and Azraq camps, and most are heading to Daraa, Homs and "
        "the Damascus countryside, the agency said. 'People want to go back, but many tell us "
        "their houses are damaged, there is no electricity and no jobs, so families often send "
        "the father first to see,' the representative told The Jordan Times. The Jaber-Nassib "
        "border crossing has been handling dozens of buses a day, and UNHCR is offering cash "
        "grants to help families cover transport and the first weeks at home. The Ministry of "
        "Interior said Jordan would continue to host those who chose to stay, stressing that "
        "returns must be voluntary. "
        "In Mafraq, where Syrians once made up almost half of the city's population, landlords "
        "said several apartments had become vacant in recent weeks and rents had started to "
        "fall. Some refugees who went back have since tried to return to Jordan after finding "
        "their villages without water or schools, the agency said. 'My children were born "
        "here, they speak like Jordanians, and they have never seen Syria, so we will wait "
        "until they finish school,' said Umm Khaled, a mother of four in Zaatari who runs a "
        "small tailoring business. The World Bank has estimated that rebuilding Syria will "
        "cost more than $200 billion. "
        "Jordan still hosts more than 500,000 registered Syrian "
        "refugees, and aid agencies warned that funding cuts were forcing them to reduce "
        "services in the camps. Several schools that ran double shifts for Syrian pupils have "
        "returned to a single shift.",
        "other",
    ),
    (
        "Narva schools begin year in Estonian as transition enters second stage",
        "Pupils in the first and fourth grades in Narva and other towns of Ida-Viru County began "
        "the school year on Monday with all lessons taught in Estonian, as the transition of "
        "Russian-language schools to Estonian-language education entered its second stage. In "
        "Narva, where more than 90% of residents speak Russian at home, schools have struggled "
        "to recruit enough teachers with the required level of Estonian, and several classes "
        "started with substitutes, the city government said. 'The children are curious and "
        "they pick up the language faster than we expected, but the parents are anxious because "
        "they cannot help with homework,' said a primary school teacher who moved to Narva from "
        "Tartu last year. Minister of Education and Research Kristina Kallas said the state had "
        "raised salaries for teachers moving to Ida-Viru County and would offer extra language "
        "support to pupils who fall behind. "
        "Some parents have enrolled their children in Estonian-language kindergartens early or "
        "hired private tutors, while a few families have moved to Tallinn or Tartu so that "
        "their children would have Estonian-speaking classmates. The Narva city council has "
        "asked the government for more money to renovate school buildings, many of which date "
        "from the 1960s. 'Our teachers are doing heroic work, but they are tired, and we lose "
        "several every year to retirement,' the head of the city's education department said. "
        "At the Narva Estonian State Gymnasium, which has taught in Estonian since it opened "
        "in 2019, there is a waiting list for places. "
        "The reform, which will be completed in 2030, was "
        "adopted in 2022 with the support of most parliamentary parties. Critics say it was "
        "rushed and that schools in the region lacked textbooks and trained staff. Estonia's "
        "education ministry will publish the first results of national tests in the spring.",
        "other",
    ),
    (
        "Darién crossings fall to a trickle as migrants head back south by boat",
        "The number of migrants crossing the Darién jungle from Colombia into Panama has fallen "
        "by more than 98% this year, the National Migration Service said on Monday, and the "
        "government has closed the Lajas Blancas reception station, which at its peak received "
        "thousands of people a day. Only a few hundred people were recorded crossing in the first "
        "half of the year, compared with more than 300,000 in the same period of 2023, as the "
        "United States ended asylum appointments at the border and Panama tightened controls. At "
        "the same time, the authorities have registered thousands of migrants, most of them "
        "Venezuelans, travelling in the opposite direction, from Costa Rica to the Caribbean "
        "port of Miramar and then by boat to Colombia. 'We sold everything to go north, and now "
        "we are going back with nothing,' said a Venezuelan woman waiting with her two children "
        "at the pier in Miramar. Fishermen and boat owners in Guna Yala have raised prices for "
        "the journey, and the coastguard said it had increased patrols after a small boat "
        "capsized. President José Raúl Mulino said Panama had 'closed the Darién', and the "
        "government plans to reforest the areas cleared for camps.",
        "other",
    ),
    (
        "Grand Egyptian Museum opens its doors after two decades in the making",
        "The Grand Egyptian Museum opened to the public on Tuesday after more than two decades of "
        "construction, with thousands of Egyptian and foreign visitors queuing from dawn to see "
        "the full collection of Tutankhamun's treasures displayed together for the first time. "
        "The museum, which stands about two kilometres from the Giza pyramids and cost more than "
        "$1 billion, houses over 50,000 artefacts, including the golden mask of the boy king, his "
        "chariots and the reassembled solar boat of Khufu. 'Every Egyptian who walks in here will "
        "feel proud, and every foreigner will understand why this country is the mother of the "
        "world,' Minister of Tourism and Antiquities Sherif Fathy said. President Abdel Fattah "
        "El-Sisi inaugurated the museum at a ceremony on Saturday attended by dozens of heads of "
        "state and royals, with a sound and light show projected onto the pyramids. Ticket prices "
        "for foreigners are significantly higher than for Egyptians, and the ministry said visits "
        "would be booked by time slots to manage crowds. The government hopes the museum will "
        "help it reach its target of 30 million tourists a year by the end of the decade. Hotel "
        "occupancy in Giza reached almost 100% this week.",
        "other",
    ),
    (
        "Rail Baltica: first section of European gauge track laid near Kaunas",
        "Workers laid the first rails of the Rail Baltica European-gauge line near Kaunas on "
        "Tuesday, marking the start of track construction on the Lithuanian section of the "
        "project, which is meant to connect the Baltic capitals with Warsaw and the rest of the "
        "European network. The 114-kilometre section between Kaunas and Panevėžys is due to be "
        "finished in 2027, with the link to the Latvian border to follow, Transport Minister "
        "Eugenijus Sabutis said at the ceremony. 'For a hundred years our trains have run on "
        "Russian gauge, and this is the day we start to change that,' he said. The total cost of "
        "the project in the three Baltic states has risen to more than 23 billion euros, and "
        "Estonia, Latvia and Lithuania have asked the European Commission for more money from the "
        "Connecting Europe Facility. Lithuania has already completed a European-gauge link from "
        "the Polish border to Kaunas, and passenger trains between Vilnius and Warsaw now require "
        "a change at the border only once. Residents of several villages along the route have "
        "complained about noise and the cutting of farmland. The first passenger services on the "
        "full line are not expected before 2030.",
        "other",
    ),
    (
        "First Grade 10 cohort under CBC to report to senior schools in January",
        "More than a million learners who sat the Kenya Junior School Education Assessment this "
        "year will report to senior schools in January as the first cohort to move to Grade 10 "
        "under the competency-based curriculum, Education Cabinet Secretary Julius Ogamba said on "
        "Monday. Learners have been asked to choose one of three pathways, STEM, social sciences "
        "or arts and sports science, and the ministry said it had placed students in schools "
        "according to their choices and the capacity of each school. Head teachers in several "
        "counties said they were still waiting for laboratories, workshops and teachers for some "
        "of the new subjects. 'We have the learners and we have the timetable, but we do not have "
        "a single music teacher,' the principal of a county school in Kakamega told the Daily "
        "Nation. The Kenya Union of Post Primary Education Teachers said the government had not "
        "hired enough teachers for the transition, while parents complained about the cost of "
        "new uniforms and books. The ministry said capitation funds for the first term would be "
        "released before schools open. The last cohort under the old 8-4-4 system sat their "
        "KCSE examinations last year.",
        "other",
    ),
    (
        "Bugesera airport 60% complete, first flights expected in 2027",
        "Construction of the new Bugesera International Airport is about 60% complete and the "
        "first commercial flights are expected in 2027, the Minister of Infrastructure said on "
        "Thursday during a tour of the site with members of Parliament. The airport, about 40 "
        "kilometres south-east of Kigali, is being built in partnership with Qatar Airways, which "
        "holds a majority stake in the project, and will be able to handle up to eight million "
        "passengers a year in its first phase. 'Kigali International Airport has reached its "
        "limits, and Bugesera will allow RwandAir and our partners to make Rwanda a real hub for "
        "the region,' the minister said. The terminal building, the runway and the control tower "
        "are under construction, and an expressway linking the airport to the capital is being "
        "built at the same time. Residents of Rilima and Juru sectors who were relocated for the "
        "project have received compensation and new houses, the district said, though some say "
        "they are still waiting for payments for crops. The Rwanda Development Board said the "
        "airport was also expected to attract hotels and logistics companies to Bugesera.",
        "other",
    ),
    (
        "Cyprus takes over EU Council presidency with focus on competitiveness and migration",
        "Cyprus took over the rotating presidency of the Council of the European Union on 1 "
        "January, for the second time since it joined the bloc, with a programme focused on "
        "competitiveness, migration, enlargement and the next long-term EU budget. 'A small "
        "country can play a big role when it acts as an honest broker, and that is what Cyprus "
        "intends to do for the next six months,' President Nikos Christodoulides said at a "
        "ceremony at the presidential palace. Deputy Minister for European Affairs Marilena "
        "Raouna said the presidency would hold more than 200 meetings on the island, most of them "
        "at the Filoxenia conference centre in Nicosia, and that hotels had been booked for "
        "thousands of officials and journalists. The presidency will also seek to advance the "
        "new pact on migration and asylum and to deepen EU ties with the Middle East, where "
        "Cyprus sees itself as a bridge. Opposition party Akel said the government should use the "
        "presidency to press for progress on the Cyprus problem. Businesses in Nicosia and "
        "Limassol expect a boost to the hospitality sector during what is usually the low "
        "season. The presidency's logo, a stylised copper leaf, was designed by a student.",
        "other",
    ),
    (
        "Metro rail carries record 450,000 passengers in a day",
        "Dhaka's metro rail carried a record 450,000 passengers on Sunday as commuters "
        "returned to the city after the Eid holidays, Dhaka Mass Transit Company Limited said "
        "yesterday. Long queues formed at Mirpur, Agargaon and Motijheel stations from early "
        "morning. Trains on the 21-kilometre MRT Line-6 now run every eight minutes at peak "
        "hours. 'Before the metro, I spent three hours a day in traffic, and now it takes me "
        "40 minutes to reach my office,' said a banker at Kazipara station. Passengers have "
        "complained about crowding, broken escalators and the lack of toilets at some "
        "stations, and the company says it will add trains once new signalling software is "
        "installed. MRT Line-1, which will link the airport with Kamalapur, is not expected to "
        "open before 2028.",
        "other",
    ),
    (
        "Chancay megaport handles first Asia-bound cargo as Peru eyes logistics hub role",
        "The Chancay port, about 80 kilometres north of Lima, loaded its first container ship "
        "bound directly for Shanghai on Thursday, cutting shipping times between Peru and China "
        "to around 23 days, operator Cosco Shipping Ports Chancay said. The ship carried blueberries, "
        "avocados, copper concentrate and fishmeal from Peru, as well as cargo from Ecuador and "
        "Chile that had been brought by truck and feeder vessels. 'Chancay is not only a port for "
        "Peru, it is a door for South America to Asia,' Minister of Transport and Communications "
        "Raúl Pérez-Reyes said at the ceremony. The port, in which the Chinese state-owned company "
        "holds a 60% stake, cost about $1.3 billion in its first phase and can receive the "
        "largest container ships in the Pacific. Residents of Chancay have welcomed the jobs but "
        "complained about traffic and the pressure on water and housing, and fishermen say their "
        "catches have fallen near the breakwater. Exporters said the port would need better road "
        "and rail connections to reach its full potential. The government is preparing a special "
        "economic zone around the terminal.",
        "other",
    ),
]
