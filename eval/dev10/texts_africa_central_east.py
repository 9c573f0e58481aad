"""dev10 texts: the Central African Republic, the DRC, Mozambique, the Horn (Ethiopia, Somalia), South
Sudan, Sudan, the Great Lakes (Burundi, Rwanda, Uganda).
"""

from figset import F

# ---------------------------------------------------------------- Central African Republic

F(
    "CAR: MINUSCA frees hostages held by armed group in Ouham-Pende",
    "Peacekeepers freed [[17 hostages|kidnapped;a=MINUSCA]], among them [[six children|kidnapped;a=MINUSCA]], held by {{3R}} fighters near Bocaranga, MINUSCA said. "
    "[[Four fighters|arrested;a=the mission;alt=MINUSCA]] were captured and handed over to the gendarmerie, the mission added.",
)

F(
    "CAR: child soldiers released by armed groups",
    "Armed groups in the Central African Republic released [[1,012 children|combatants;a=UNICEF]] from their ranks in {{2021}}, UNICEF said, among them [[about 300 girls|combatants;a=UNICEF]]. "
    "The agency said [[around 7,000 children|combatants;a=The agency;alt=UNICEF]] were still thought to be associated with armed groups.",
)

F(
    "CAR: civilians shelter at church in Bangassou",
    "[[Nearly 2,000 Muslim residents|displaced;a=the bishop of Bangassou]] have taken refuge at the Catholic cathedral after attacks by anti-balaka militias, the bishop of Bangassou said. "
    "[[A few thousand|civilians]] remain in the mosque neighbourhood, surrounded by militiamen.",
)

F(
    "CAR: Wagner-backed forces retake Bambari, rebels flee",
    "Government troops and Russian instructors retook Bambari from the UPC rebels, and [[at least 30 rebels|killed;a=the government spokesman]] were killed, the government spokesman said. "
    "[[About 5,000 residents|returned;p;a=aid workers]] who had fled are expected to return in the coming weeks, aid workers said.",
)

# ---------------------------------------------------------------- DRC

F(
    "DRC: ADF attack on Lubero villages",
    "ADF rebels killed [[at least 42 civilians|killed;a=the territory administrator]] in attacks on [[four villages|other;a=the territory administrator]] in Lubero territory, the territory administrator said. "
    "[[Around 60 people|missing]] are feared abducted, and [[30 houses|housing]] were set ablaze.",
)

F(
    "DRC: M23 advance pushes displaced into Goma camps",
    "[[More than 135,000 people|displaced;a=the UN refugee agency]] fled fighting between the {{M23}} rebels and the army around Sake in a week, the UN refugee agency said. "
    "The sites around Goma hold [[some 650,000 displaced|displaced;n=displaced;a=aid workers]], and aid workers said [[an estimated 15 new sites|capacity;u=other;n=sites;a=aid workers]] had appeared since January.",
)

F(
    "DRC: inmates escape from Makala prison attempt",
    "An attempted mass breakout at Kinshasa's Makala prison left [[129 people|killed;a=Interior Minister Jacquemain Shabani]] dead, [[24 of them|killed;n=-;a=Interior Minister Jacquemain Shabani]] shot by guards, Interior Minister Jacquemain Shabani said. "
    "The prison was built for [[1,500 inmates|capacity]] but held [[more than 12,000|arrested]].",
)

F(
    "DRC: M23 and government exchange prisoners",
    "The government and the {{M23}} exchanged [[30 prisoners|other;a=the ICRC]] in Goma under the Doha framework, the ICRC said. "
    "Separately, [[about 2,000 Congolese soldiers and police|arrested;n=soldiers and police;a=the rebels]] who surrendered in Goma were being held in a stadium, the rebels said.",
)

F(
    "DRC: returnees to Rutshuru find homes looted",
    "[[Some 80,000 people|returned;a=OCHA]] went back to their villages in Rutshuru territory in {{June}} after the rebels pulled back, OCHA said. "
    "Many found their homes looted, and aid groups plan to distribute [[12,000 shelter kits|aid;p;a=aid groups]] and household items for [[9,000 families|aid;p;a=aid groups]].",
)

F(
    "DRC: Ituri militia attack on Plaine Savo camp",
    "CODECO militiamen attacked the Plaine Savo displacement camp in Ituri, killing [[at least 60 displaced people|killed;a=the UN mission]] with machetes and guns, the UN mission said. "
    "[[Dozens of shelters|capacity]] were burned, and the camp's [[24,000 residents|displaced]] fled to Bule.",
)

# ---------------------------------------------------------------- Mozambique

F(
    "Mozambique: insurgents attack Macomia, thousands flee",
    "Insurgents linked to the Islamic State occupied Macomia town for two days, looting shops and food stores, and [[more than 4,000 residents|displaced;a=the IOM]] fled to Pemba and Chiure, the IOM said. "
    "Rwandan and Mozambican forces killed [[about 20 insurgents|killed;a=the Mozambican defence ministry]] when they retook the town, the Mozambican defence ministry said.",
)

F(
    "Mozambique: Rwanda sends more troops to Cabo Delgado",
    "Rwanda deployed [[another 2,000 soldiers|combatants;a=Rwandan officials]] to Cabo Delgado, bringing its contingent to [[about 4,000|combatants;a=Rwandan officials]], Rwandan officials said. "
    "The insurgency has killed [[more than 4,000 people|killed;a=the conflict monitor ACLED]] since {{2017}}, according to the conflict monitor ACLED.",
)

F(
    "Mozambique: displaced families return to Mocimboa da Praia",
    "[[More than 600,000 displaced people|returned;a=the IOM]] have returned to their districts of origin in Cabo Delgado, the IOM said in {{2023}}, while [[about 580,000|displaced;a=the IOM]] remain displaced. "
    "In Mocimboa da Praia, [[2,400 houses|housing]] are being rebuilt with help from the World Bank.",
)

F(
    "Mozambique: post-election protests, police detain thousands",
    "Police detained [[more than 4,000 people|arrested;a=the Plataforma Decide monitoring group]] during protests against the {{October 2024}} election results, the Plataforma Decide monitoring group said. "
    "It said [[278 people|killed;a=the Plataforma Decide monitoring group]] were killed and [[about 1,500 prisoners|other;a=the Plataforma Decide monitoring group]] escaped from a Maputo jail during the unrest.",
)

F(
    "Mozambique: insurgents behead villagers in Ancuabe",
    "Insurgents beheaded [[four Christian villagers|killed;a=local sources]] and burned [[about 50 homes|housing;a=local sources]] in Ancuabe district, local sources said. "
    "[[More than 30,000 people|displaced;a=the IOM]] fled the district in the following week, the IOM reported.",
)


# ---------------------------------------------------------------- Horn: Ethiopia

F(
    "Ethiopia: Amhara clashes trap residents in Lalibela",
    "Fighting between the federal army and Fano militiamen has trapped [[about 30,000 residents|civilians;a=church officials]] in Lalibela, where food and fuel have run out, church officials said in {{August 2023}}. "
    "[[At least 26 people|killed;a=the Ethiopian Human Rights Commission]] were killed in Bahir Dar and [[more than 60|injured;a=the Ethiopian Human Rights Commission]] wounded, the Ethiopian Human Rights Commission said.",
)

F(
    "Ethiopia: Tigray returnees go back to western zone",
    "[[Some 3,500 displaced people|returned;a=the interim administration]] were taken back to Tselemti district in the first phase of returns, the interim administration said in {{2024}}. "
    "It plans to return [[a further 50,000|returned;p;a=the interim administration]] by the end of the year, and [[up to 1 million Tigrayans|displaced;a=the UN]] are still in camps, according to the UN.",
)

F(
    "Ethiopia: Oromia abductions blamed on OLA fighters",
    "Gunmen abducted [[about 40 bus passengers|kidnapped;a=survivors]] near Gerba Guracha and demanded ransoms of {{200,000 birr}} per person, survivors said. "
    "Federal police said they had freed [[17 hostages|kidnapped;a=Federal police]] and arrested [[six suspects|arrested;a=Federal police]] linked to the Oromo Liberation Army.",
)

F(
    "Ethiopia: Somali region camps receive people fleeing Oromia border clashes",
    "[[Between 80,000 and 100,000 people|displaced;a=regional officials]] have fled clashes along the Oromia-Somali boundary in two weeks, regional officials said. "
    "Authorities have opened [[nine sites|capacity;u=other;a=the Red Cross]] around Moyale, and the Red Cross has distributed [[2,000 plastic sheets|aid;a=the Red Cross]] and [[1,500 jerrycans|aid;a=the Red Cross]], the Red Cross said.",
)

F(
    "Ethiopia: army says thousands of Fano fighters surrender",
    "[[More than 2,300 Fano members|combatants;a=the Amhara regional command post]] have surrendered with their weapons in Gojjam and Gondar, the Amhara regional command post said in {{March 2025}}. "
    "They handed over [[1,900 rifles|other;a=the command post;alt=the Amhara regional command post]] and will attend a rehabilitation programme that can take [[3,000 people|capacity;a=the command post;alt=the Amhara regional command post]] at a time, the command post added.",
)

# ---------------------------------------------------------------- Somalia

F(
    "Somalia: al-Shabaab fighters killed in Middle Shabelle offensive",
    "Government forces and clan militias killed [[more than 100 al-Shabaab fighters|killed;a=the information ministry]] in an offensive in Middle Shabelle, the information ministry said. "
    "The ministry said [[some 4,000 troops|combatants;a=The ministry;alt=the information ministry]] and [[about 2,000 clan fighters|combatants;a=The ministry;alt=the information ministry]], known as macawisley, took part.",
)

F(
    "Somalia: drought and conflict push families into Baidoa camps",
    "[[More than 600 new arrivals a day|displaced;a=the Norwegian Refugee Council]] are reaching Baidoa, fleeing drought and fighting in Bay and Bakool, the Norwegian Refugee Council said. "
    "The town now hosts [[about 500 displacement sites|capacity;u=other]], and only {{40 percent}} of new families receive food rations.",
)

F(
    "Somalia: Puntland forces free kidnapped foreign workers",
    "Puntland security forces rescued [[two Kenyan engineers|kidnapped;a=officials in Bosaso]] held by a clan militia in the Cal Miskaad mountains, officials in Bosaso said. "
    "[[Three kidnappers|arrested;a=officials in Bosaso]] were arrested and [[one|killed;a=officials in Bosaso]] was killed in the operation, they said.",
)

F(
    "Somalia: hotel siege in Mogadishu ends after 30 hours",
    "Security forces ended a {{30-hour}} siege of the Hayat Hotel in Mogadishu in which al-Shabaab gunmen killed [[at least 21 people|killed;a=the health minister]], the health minister said. "
    "[[117 people|injured;a=the health minister]] were wounded, and police said they had rescued [[106 guests and staff|civilians;n=guests and staff;a=police]] trapped inside, among them several children.",
)

F(
    "Somalia: refugees returning from Dadaab",
    "UNHCR said [[1,142 Somali refugees|returned;a=UNHCR]] went home from Kenya's Dadaab camps in {{2022}} under its voluntary repatriation programme, each receiving a return package of cash and three months of food. "
    "The camps still host [[more than 233,000 refugees|displaced]] and were built for [[90,000 people|capacity]].",
)

# ---------------------------------------------------------------- South Sudan

F(
    "South Sudan: people fleeing Sudan cross at Joda",
    "[[More than 800,000 people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan since {{April 2023}}, about two-thirds of them South Sudanese going home, UNHCR said. "
    "The Renk transit centre was designed for [[3,000 people|capacity;a=aid workers]] but holds [[as many as 20,000|displaced;a=aid workers]], aid workers said.",
)

F(
    "South Sudan: cattle raid in Jonglei leaves dozens dead",
    "Armed youths from Pibor attacked cattle camps in Jonglei, killing [[at least 32 people|killed;a=the county commissioner]] and abducting [[11 women and children|kidnapped;n=women and children;a=the county commissioner]], the county commissioner said. "
    "The attackers took [[about 6,000 cattle|other]], and [[some 3,000 youths|combatants]] had joined the raid.",
)

F(
    "South Sudan: army recruits youths in Upper Nile, monitors say",
    "The South Sudan People's Defence Forces recruited [[hundreds of young men|combatants;a=the ceasefire monitoring body CTSAMVM]], among them [[at least 40 children|combatants;a=the ceasefire monitoring body CTSAMVM]], in Nasir county, the ceasefire monitoring body CTSAMVM said. "
    "[[About 50,000 people|civilians]] in the county have had no food aid since {{March}}.",
)

F(
    "South Sudan: WFP air drops reach Ulang",
    "The World Food Programme said its planes made [[16 airdrops|aid;a=The World Food Programme]] over Ulang county in {{May 2025}}, delivering [[340 tonnes|aid;a=The World Food Programme]] of food to [[about 23,000 people|aid;a=The World Food Programme]] cut off by fighting. "
    "[[Two aid workers|killed]] were killed in the county in April.",
)

F(
    "South Sudan: political detainees released in Juba",
    "Authorities released [[22 political detainees|arrested;a=the Justice Ministry]] held by the National Security Service, the Justice Ministry said, after an appeal by church leaders. "
    "Rights groups say [[more than 40 people|arrested;a=Rights groups]] remain in detention without charge, among them [[five journalists|arrested;a=Rights groups]].",
)

# ---------------------------------------------------------------- Sudan

F(
    "Sudan: RSF besieges El Fasher, hospitals overwhelmed",
    "[[Around 800,000 civilians|civilians;a=the UN]] are trapped in El Fasher as the Rapid Support Forces tighten their siege, the UN said. "
    "The Saudi Hospital received [[more than 200 wounded|injured;a=Medecins Sans Frontieres;n=wounded]] in one week, Medecins Sans Frontieres said, and it has only [[40 beds|capacity;a=Medecins Sans Frontieres]].",
)

F(
    "Sudan: Zamzam camp residents flee to Tawila",
    "[[Up to 400,000 people|displaced;a=the IOM]] fled Zamzam camp after the RSF took it in {{April 2025}}, the IOM said, most of them to Tawila. "
    "Aid groups in Tawila have set up [[four new reception points|capacity;a=Aid groups]], but said [[hundreds of people|civilians;a=Aid groups]] were still stranded on the road, and [[at least 31|missing;a=Aid groups]] are unaccounted for.",
)

F(
    "Sudan: Sudanese refugees returning from Egypt",
    "[[More than 150,000 Sudanese|returned;a=the Sudanese consulate in Aswan]] have gone home from Egypt since the army retook Wad Madani, the Sudanese consulate in Aswan said. "
    "Sudan Railways runs [[two trains a week|other;u=other;n=trains]] for returnees from Aswan to Wadi Halfa, and [[about 1,200 people|returned]] travel on each.",
)

F(
    "Sudan: RSF frees prisoners, army detains volunteers in Khartoum",
    "The Rapid Support Forces said they had released [[537 prisoners|other;a=The Rapid Support Forces]] of war through the ICRC, which flew [[125 of them|other;n=-;a=the ICRC]] to Port Sudan, according to the ICRC. "
    "In Khartoum, army intelligence detained [[at least 19 volunteers|arrested;a=rights monitors]] from emergency response rooms, rights monitors said.",
)

F(
    "Sudan: Gezira villages attacked, thousands displaced",
    "RSF fighters attacked [[more than 30 villages|other;a=the Gezira resistance committees]] in eastern Gezira in a week, killing [[124 people|killed;a=the Gezira resistance committees]] in Wad al-Noura alone, the Gezira resistance committees said. "
    "[[Tens of thousands|displaced;a=the state government]] fled to Gedaref and Kassala, where [[120 schools|capacity;a=the state government]] now serve as shelters, according to the state government.",
)

F(
    "Sudan: Kordofan towns cut off as fighting spreads",
    "[[Nearly 300,000 people|civilians;a=OCHA]] in Kadugli and Dilling are cut off from aid, OCHA said, and [[about 45 trucks|aid;a=OCHA]] have been waiting at El Obeid for weeks. "
    "WFP said it plans to reach [[1.2 million people|aid;p;a=WFP]] in South Kordofan and the Nuba Mountains by {{December}}.",
)

# ---------------------------------------------------------------- Great Lakes: Burundi, Rwanda, Uganda

F(
    "Burundi: Congolese refugees arrive in Cibitoke after Uvira fighting",
    "[[More than 40,000 Congolese refugees|displaced;a=UNHCR]] have crossed into Burundi in two weeks, UNHCR said, most of them through the Rusizi river. "
    "The Musenyi camp was designed for [[10,000 people|capacity;a=the agency;alt=UNHCR]], and [[at least 10 people|missing;a=the agency;alt=UNHCR]] drowned or went missing during the crossings, the agency said.",
)

F(
    "Uganda: Congolese refugees received at Nyakabande",
    "The Nyakabande transit centre in Kisoro received [[about 3,000 people|displaced;a=the Office of the Prime Minister]] in one day, the Office of the Prime Minister said, well above its capacity of [[1,500|capacity;a=the Office of the Prime Minister]]. "
    "The Uganda Red Cross served [[6,000 hot meals|aid]] and registered [[120 unaccompanied children|displaced]].",
)

F(
    "Rwanda: Burundian refugees repatriated from Mahama",
    "A convoy of [[518 Burundian refugees|returned;a=Rwanda's emergency management ministry]] left Mahama camp for home on Thursday, Rwanda's emergency management ministry said, bringing the number repatriated since {{2020}} to [[about 30,000|returned;a=Rwanda's emergency management ministry]]. "
    "[[Some 48,000|displaced]] remain in the camp.",
)

F(
    "Burundi: youth militia members detained after attack on opposition office",
    "Police in Bujumbura detained [[12 members|arrested;a=the opposition CNL party]] of the Imbonerakure after an attack on an opposition office, the opposition CNL party said. "
    "[[Three party officials|injured]] were wounded and [[one|missing]] has been missing since.",
)
