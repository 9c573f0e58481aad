"""dev221 positives, part B: appeals launched as bombs fall, clinics closed by fighting, donors
told of massacres in a current war, and riots that reach charities."""

POSITIVES = [
    (
        "DEC launches Ukraine appeal as shelling hits Kharkiv and queues grow at Polish border",
        "The Disasters Emergency Committee, which brings together 15 of Britain's leading aid "
        "charities, launched a national appeal for Ukraine on Thursday as Russian forces kept up "
        "their bombardment of Kharkiv and the outskirts of Kyiv. The committee said more than "
        "a million people had already crossed into neighbouring countries in the week since the "
        "invasion began, most of them women and children, and that many more were sheltering in "
        "basements and metro stations. Appeal films were broadcast on the BBC, ITV, Channel 4 "
        "and Sky on Thursday evening. Member charities said they were sending food, water, "
        "medical supplies and cash to people who had fled, and to those trapped in cities under "
        "fire. “Families are leaving everything behind, with shells landing in residential "
        "streets,” the committee's chief executive said. The government said it would match "
        "public donations pound for pound up to £20m. Within hours of the launch, the "
        "committee's website was struggling to cope with the number of visitors. Several "
        "supermarkets said they would collect donations at their tills.",
        "E D H M",
        "appeal",
    ),
    (
        "Sudanese doctors' charity appeals as Khartoum fighting shuts its clinics",
        "A charity run by Sudanese doctors in Britain has launched an emergency appeal after "
        "fighting between the army and the Rapid Support Forces forced all four of the clinics "
        "it supports in Khartoum to close. The clinics, in Bahri and Omdurman, had been treating "
        "about 1,500 patients a week, including children with malnutrition and people with "
        "kidney disease who need regular dialysis. Staff fled on Sunday as gun battles spread "
        "through residential districts and shells landed near one of the buildings, the "
        "charity's chair said. One of the clinics has since been occupied by armed men. Sudan's "
        "doctors' union says more than two-thirds of hospitals in the areas worst affected by "
        "the fighting are out of service. Tens of thousands of residents have left the capital, "
        "many heading for Egypt or the Gezira region. The charity wants to raise £250,000 to set "
        "up mobile teams in safer neighbourhoods and to pay its staff, who have not been paid "
        "since the violence began. “Our doctors are treating wounded people in their own homes "
        "by torchlight,” a trustee told a fundraising event in Birmingham.",
        "B E H D",
        "battle",
    ),
    (
        "Medical charity opens emergency appeal as Gaza airstrikes force families south",
        "A British charity that supports hospitals in Gaza launched an emergency appeal on "
        "Monday as Israeli airstrikes pounded the territory for a third day following the Hamas "
        "attack on southern Israel. The charity said hospitals in Gaza City were running short "
        "of blood, fuel and anaesthetics as the number of wounded climbed into the thousands. "
        "More than 120,000 people have fled their homes, the UN said, many of them sheltering in "
        "schools run by its agency for Palestinian refugees. The charity's director, speaking "
        "from London, said one of the clinics it works with in Beit Hanoun had been damaged and "
        "was no longer able to see patients. “We are asking people to give whatever they can, "
        "because the hospitals are at breaking point,” she said. Israel has announced a complete "
        "siege of Gaza, cutting off electricity, food and fuel. The charity said it had "
        "prepositioned medical supplies before the escalation and would buy more from suppliers "
        "inside the territory for as long as it could. Its previous emergency appeal, in 2021, "
        "raised more than £1m in a month.",
        "E D H M",
        "appeal",
    ),
    (
        "Armenian telethon raises $150m as shelling of Stepanakert continues",
        "A worldwide telethon organised by the Armenia Fund raised more than $150m in pledges by "
        "Sunday, organisers said, as Azerbaijani forces kept up their bombardment of "
        "Stepanakert, the main city of Nagorno-Karabakh. The broadcast, hosted from Los Angeles "
        "and Yerevan, featured appeals from Armenian celebrities and footage of families "
        "sheltering in basements in the city. Rockets and artillery have hit Stepanakert on "
        "most days since fighting broke out in late September, and officials in the enclave say "
        "about half of its population has fled to Armenia. Azerbaijan says Armenian forces have "
        "shelled its cities of Ganja and Tartar. The fund said the money would pay for shelter, "
        "food and medical care for displaced families and for rebuilding damaged homes. Diaspora "
        "groups in France, Russia and Argentina held their own fundraising events over the "
        "weekend. “Every Armenian family has someone in Artsakh,” one of the presenters said "
        "during the broadcast. Donations of blood and warm clothes are also being collected at "
        "churches in the Armenian capital.",
        "E B D H M",
        "appeal",
    ),
    (
        "Lebanese charities appeal for mattresses and meals as families flee strikes on the south",
        "Lebanese charities launched urgent appeals on Tuesday for mattresses, blankets and hot "
        "meals as tens of thousands of families fled southern Lebanon and Beirut's southern "
        "suburbs under the heaviest Israeli bombardment in nearly two decades. Israel's "
        "military said its warplanes had struck hundreds of Hezbollah targets in the south and "
        "the Bekaa valley since Monday morning, and told residents of dozens of villages to "
        "leave. Cars queued for hours on the coastal highway towards Beirut and the north. Schools "
        "in Beirut, Sidon and Tripoli were turned into shelters overnight, many without enough "
        "bedding, water or toilets. A food bank in Beirut said it had distributed 6,000 meals "
        "on Monday night alone and was running out of stock. “People arrived with nothing, some "
        "still in slippers,” a volunteer at a school in the Hamra district said. Lebanon's "
        "health ministry said hundreds of people had been killed in the strikes. The Lebanese "
        "Red Cross said its ambulances were working around the clock and asked people in the "
        "diaspora to donate online rather than sending goods.",
        "E M D H",
        "appeal",
    ),
    (
        "Medical charity closes Port-au-Prince emergency centre after gangs overrun district",
        "An international medical charity has closed its emergency centre in Port-au-Prince's "
        "Turgeau neighbourhood after gangs seized surrounding streets in heavy fighting with "
        "police, it said on Wednesday. Staff and patients had been trapped inside for two "
        "days as gunfire hit the walls of the building, and bullets came through a window of the "
        "recovery ward. The last patients were transferred to other facilities on Tuesday "
        "under escort. The centre had treated more than 1,000 people with gunshot and stab "
        "wounds since January, the charity said. The Viv Ansanm gang coalition has pushed into "
        "several neighbourhoods of the capital in recent weeks, and the UN says more than a "
        "million people are now displaced across Haiti. “We have no choice but to stop, and it "
        "breaks our hearts,” the charity's head of mission said. The closure leaves few places "
        "in the city able to treat trauma patients. Haitian police said they had launched an "
        "operation to retake the area with the support of the Kenyan-led multinational mission.",
        "B H D M",
        "battle",
    ),
    (
        "Goma charity halts clinics and pleads for funds as rebels enter the city",
        "A Congolese charity that runs three health centres in Goma suspended its work on "
        "Monday as M23 rebels backed by Rwandan troops entered the city and fighting raged "
        "around the airport. Shells and bullets hit several neighbourhoods, and the charity said "
        "one of its centres in the Katindo district had been looted. Hundreds of thousands of "
        "people who had been living in displacement camps around Goma fled into the city or "
        "towards the Rwandan border as the front line reached them. Hospitals were "
        "overwhelmed with wounded, and the International Committee of the Red Cross said its "
        "teams were struggling to move bodies from the streets. The charity's director, who is "
        "sheltering with his family in a church, said most of his staff had lost contact. “We "
        "need money to pay for fuel, drugs and food, and we need it now,” he said in a voice "
        "message sent to supporters in Belgium. A partner group in Brussels has launched a "
        "crowdfunding page that raised €18,000 in its first day. Congo's government has called "
        "the offensive a declaration of war.",
        "B E D H M",
        "battle",
    ),
    (
        "Charity tells supporters of Barsalogho killings as survivors reach Kaya",
        "A Christian charity working in Burkina Faso has written to its supporters describing a "
        "massacre in the town of Barsalogho, where jihadist fighters shot hundreds of residents "
        "who had been digging defensive trenches on Saturday. The charity's local partners said "
        "gunmen from the al-Qaeda-linked JNIM arrived on motorbikes and opened fire along the "
        "trenches. Estimates of the dead range from about 200 to several hundred, and the "
        "government has not published a toll. The letter said survivors had walked or been "
        "driven to Kaya, about 45km away, where the charity is giving families food, blankets "
        "and emergency cash. “Our staff buried neighbours and relatives this week,” it quoted "
        "one partner as saying. The charity asked donors to give to a fund for the families of "
        "the dead and for the wounded, many of whom are being treated in an overcrowded "
        "regional hospital. Burkina Faso's government has ordered residents of several towns "
        "to help dig trenches to protect them from attack. The charity said it would not publish "
        "the names of its partners for their safety.",
        "V T D H",
        "massacre",
    ),
    (
        "Gala guests hear doctor's account of killings in El Geneina",
        "Guests at a fundraising dinner for a Sudanese medical charity in London on Saturday "
        "heard a doctor describe how militiamen went from house to house in the West Darfur "
        "capital El Geneina, shooting men and boys, before she fled to Chad last month. The "
        "doctor, who asked not to be named to protect relatives still in the city, said "
        "members of the Masalit community had been hunted down and their bodies left in the "
        "streets. Survivors and rights groups have accused the Rapid Support Forces and allied "
        "Arab militias of the killings, which the RSF denies. The UN says more than 300,000 "
        "people have fled into Chad since the war began, most of them from West Darfur. The "
        "dinner raised £86,000 for the charity's clinics in refugee camps near Adré, where "
        "doctors say wounded people are still arriving every day. Several guests were in tears "
        "as she spoke. The charity's chair said the money would also pay for psychological "
        "support for women who had been raped during the attacks.",
        "V D H",
        "massacre",
    ),
    (
        "Airstrike forces Sagaing charity clinic to close, staff treat patients in forest",
        "A Myanmar charity said on Friday that it had closed its clinic in a village in Sagaing "
        "region after a military airstrike destroyed part of the building and killed a patient "
        "and a volunteer. The clinic, funded mainly by donations from Myanmar people living in "
        "Thailand, Singapore and the United States, had served about 15 villages. The junta has "
        "carried out frequent air attacks in Sagaing, a stronghold of resistance to the coup, "
        "and the charity said residents of the village had fled into the surrounding forest. "
        "Its medics were now treating patients under tarpaulins, it said. A spokesman for the "
        "military government did not answer calls. “The planes come almost every week now,” one "
        "of the nurses said in a message shared by the charity. Myanmar has more than three "
        "million people displaced, according to the UN, and health workers have been arrested "
        "and killed since the coup. The charity said it had raised half of the $40,000 it needs "
        "to rebuild the clinic in a safer location.",
        "E H D V",
        "airstrike",
    ),
    (
        "Citizens Advice office torched as rioters rampage through Sunderland",
        "A Citizens Advice office in Sunderland was set on fire on Friday night as rioters "
        "threw bricks at police and attacked buildings in the city centre, the charity said. "
        "Disorder broke out after an anti-immigration protest, and a police station was also "
        "targeted and a car set alight. Four officers were taken to hospital. The charity's "
        "local chief executive said the office, which helps people with debt, housing and "
        "benefits, had been badly damaged and would be closed for the foreseeable future. "
        "“This is a place that helps everybody in this city, whoever they are,” she said. "
        "Northumbria Police said eight people had been arrested and that more arrests would "
        "follow. The Prime Minister condemned what he called thuggery. Volunteers turned up on "
        "Saturday morning to sweep the streets, and an online appeal to repair the office "
        "raised more than £20,000 by the afternoon. The charity said its advisers would work "
        "from a library nearby in the meantime.",
        "U",
        "riot",
    ),
    (
        "Durban food bank looted as unrest spreads, charity appeals for stock",
        "A food bank that supplies soup kitchens across Durban was looted on Monday night as "
        "rioting spread through KwaZulu-Natal, leaving the charity with almost nothing to "
        "distribute, its founder said. Crowds broke into the warehouse in Pinetown and carried "
        "off food parcels, baby formula and cooking oil, after a day in which shopping centres "
        "were ransacked and burned across the province. Police fired rubber bullets at looters "
        "in several areas, and the army has been deployed to support them. The violence began "
        "after the jailing of former President Jacob Zuma last week. At least 70 people have "
        "died, according to officials. The charity's founder said the soup kitchens it supplies "
        "feed about 5,000 people a day, many of them pensioners. “Those who need us most will go "
        "hungry this week,” she said. Supermarkets in the city have closed, and the charity has "
        "asked businesses in Johannesburg and Cape Town to send stock by road once the highways "
        "reopen.",
        "U",
        "riot",
    ),
    (
        "Maputo charity warehouse ransacked in post-election riots",
        "A warehouse belonging to a Mozambican children's charity was ransacked and partly "
        "burned in Maputo on Tuesday as violent protests over the disputed election result "
        "swept the capital, the charity said. Looters took school kits, mattresses and sacks of "
        "maize meal that had been set aside for families in the city's outskirts. Police fired "
        "tear gas and live rounds to disperse crowds who had blocked roads with burning tyres "
        "and attacked shops and police stations. A rights group said at least 20 people had been "
        "killed in two days of unrest after the Constitutional Council confirmed Frelimo's "
        "victory. The charity's director said staff had been unable to reach the warehouse "
        "because of barricades. “We understand the anger, but this was food for children,” she "
        "said. Several thousand Mozambicans have crossed into Malawi and Eswatini to escape the "
        "violence, according to officials there. The charity is asking donors in Portugal and "
        "South Africa to help replace the stock before schools reopen.",
        "U D",
        "riot",
    ),
    (
        "Shell hits charity's cholera centre in Taiz, patients evacuated",
        "A cholera treatment centre run by a Yemeni charity in the besieged city of Taiz was "
        "hit by a shell on Sunday, wounding two patients and a nurse, the charity said. The "
        "centre, in a converted school in the city's old quarter, had been treating about 80 "
        "patients a day during the latest outbreak. Its staff moved the patients to a hospital "
        "across the city while shelling continued nearby. The charity blamed Houthi forces, "
        "which have surrounded much of Taiz for years and frequently shell residential areas; "
        "the Houthis did not comment. Fighting between the Houthis and government forces on "
        "the city's edges has intensified in recent weeks, according to residents. “There is "
        "nowhere in Taiz where a patient is safe,” the charity's medical director said. The "
        "charity said it would reopen the centre in another building once it had raised money "
        "for new beds and oral rehydration supplies. Yemen has recorded hundreds of thousands "
        "of suspected cholera cases this year.",
        "E H B V",
        "shelling",
    ),
    (
        "Colombian church charity appeals for displaced families as Catatumbo fighting spreads",
        "The Colombian Catholic charity Caritas launched an appeal on Monday for tens of "
        "thousands of people who have fled fighting between the ELN guerrilla group and "
        "dissidents of the former FARC in the Catatumbo region near the Venezuelan border. The "
        "church said more than 40,000 people had arrived in Cúcuta, Tibú and Ocaña since "
        "Thursday, many of them sleeping in sports halls, parishes and on the floors of "
        "relatives' homes. The ombudsman's office said the ELN had gone from house to house "
        "killing people it accused of supporting its rivals, including former FARC fighters and "
        "a social leader. Dozens of bodies have been recovered, according to the regional "
        "government. President Gustavo Petro suspended peace talks with the ELN and ordered "
        "troops into the region. Parishes are collecting food, nappies and hygiene kits, and the "
        "charity said it needed cash above all. “The families arriving here have seen things "
        "no one should see,” a priest in Tibú said. Several thousand people have also crossed "
        "into Venezuela.",
        "B V D H M",
        "displacement",
    ),
    (
        "Christian aid charity tells donors of Christmas Eve massacres in Plateau villages",
        "A Christian charity that supports churches in Nigeria has told its donors that gunmen "
        "killed more than 150 people in a series of attacks on villages in Plateau state on "
        "Christmas Eve and the following day. The charity said its partners in Bokkos and Barkin "
        "Ladi had helped to bury the dead in mass graves and were sheltering hundreds of "
        "survivors in church compounds. Armed men arrived in at least 17 villages at night, "
        "shooting residents and burning homes, according to local officials. Nigeria's president "
        "ordered security agencies to hunt down those responsible. The state governor blamed "
        "armed herders, and the attacks follow months of deadly violence between farming and "
        "herding communities in the area. More than 10,000 people have been displaced, "
        "according to the Red Cross. The charity's email to supporters included photographs of "
        "burned houses and a plea for money to buy food and mattresses. “Our partners have "
        "spent Christmas burying families,” it said.",
        "V D H",
        "massacre",
    ),
    (
        "Charities scramble to prepare camps as Mosul offensive begins",
        "Aid agencies said on Monday they were racing to prepare camps for as many as a million "
        "people who could flee Mosul as Iraqi forces and Kurdish peshmerga launched an "
        "offensive to retake the city from Islamic State. Troops advanced on several villages "
        "east of the city under cover of US-led airstrikes, and officials said armoured columns "
        "had met car bombs and sniper fire. Several hundred families had already arrived at a "
        "camp run by a Kurdish charity near Khazer by Monday evening, according to its staff. "
        "The charity said it had only enough tents for a fraction of the people expected and "
        "urged supporters to give. The UN has warned that civilians could be used as human "
        "shields by the militants. A British charity working in the camps said it had "
        "prepositioned water tanks and latrines but that funding for the response was less than "
        "half of what was needed. “We are preparing for the worst,” its country director said. "
        "Iraqi leaders have told residents of the city to stay at home.",
        "M B E T D H",
        "offensive",
    ),
]
