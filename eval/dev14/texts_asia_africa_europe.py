"""dev14 texts: South and Southeast Asia; East Africa and the Horn, the Great Lakes; Eastern
Europe and the Caucasus.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- South and Southeast Asia
    (
        "Myanmar: villagers hide in forest after junta burns Kani township homes",
        "Soldiers entered villages along the Chindwin river in Sagaing region in {{July 2021}}, searching for members of the local People's Defence Force. "
        "Residents said troops killed [[at least 40 men|killed;a=Residents]], some of them tortured before being shot, and left their bodies in the forest. "
        "[[More than 10,000 villagers|displaced;a=a local aid group]] fled into the hills and have not returned, a local aid group said. "
        "Satellite images analysed by the group show [[about 350 houses|housing;a=the group;alt=a local aid group]] burned in [[four villages|other;a=the group;alt=a local aid group]]. "
        "The junta denied the killings and said its forces had detained [[12 'terrorists'|arrested;n=terrorists;a=The junta]].",
    ),
    (
        "Myanmar: Rohingya men forced into junta army, rights groups say",
        "Since the military enforced a conscription law in {{February 2024}}, Rohingya men in Rakhine State's camps have been taken to training centres at gunpoint, according to Fortify Rights. "
        "The group says [[at least 1,000 Rohingya men|combatants;a=The group;alt=Fortify Rights]] have been forcibly recruited, some as young as {{16}}. "
        "Camp leaders in Sittwe told the BBC that [[about 100 men|combatants;a=Camp leaders in Sittwe]] were taken from the Ohn Taw Gyi camp alone in one week. "
        "[[More than 130,000 Rohingya|displaced;a=the UN]] have lived in those camps since communal violence in {{2012}}, the UN says. "
        "Relatives say [[at least 20 conscripts|killed;a=Relatives]] have died in fighting with the Arakan Army.",
    ),
    (
        "Bangladesh: new arrivals from Rakhine strain Cox's Bazar camps",
        "Bangladesh says [[about 60,000 Rohingya|displaced;a=Bangladesh]] have crossed from Myanmar's Rakhine State since fighting between the Arakan Army and the junta intensified in late {{2023}}. "
        "They join [[nearly 1 million|displaced]] already living in the camps at Cox's Bazar, the largest refugee settlement in the world. "
        "The refugee relief commissioner said [[some 8,000|aid;a=The refugee relief commissioner]] of the newcomers had received food rations, and the rest rely on relatives. "
        "The World Food Programme cut monthly rations in {{2023}} from {{$12}} to {{$8}} per person, and has warned of further cuts. "
        "A fire in {{Camp 5}} in {{January}} destroyed [[about 2,000 shelters|capacity;a=the commissioner;alt=The refugee relief commissioner]], leaving [[12,000 people|displaced;a=the commissioner;alt=The refugee relief commissioner]] homeless again, the commissioner said.",
    ),
    (
        "India: Manipur relief camps still full a year after clashes",
        "Ethnic violence between Meitei and Kuki-Zo communities broke out in Manipur on {{May 3, 2023}}. "
        "A year later, [[about 60,000 people|displaced;a=the state government]] remain in relief camps, according to the state government. "
        "The government says it has run [[more than 350 relief camps|capacity;a=The government]] in schools, community halls and college hostels. "
        "[[At least 220 people|killed;a=the police]] have been killed, the police say, and [[32|missing;a=the police]] remain missing. "
        "[[About 4,800 houses|housing]] and [[386 places of worship|housing;u=structure;n=places]] were burned in the first weeks. "
        "The central government has deployed [[more than 60,000 troops|combatants;a=officials]] and paramilitary police to the state, officials said.",
    ),
    (
        "Pakistan: Jaffar Express hijacking ends after day-long siege",
        "Separatist militants of the Balochistan Liberation Army blew up the track and seized the Jaffar Express in the Bolan Pass on {{March 11}}, taking passengers hostage. "
        "The train had left Quetta for Peshawar with [[about 440 passengers|other;a=railway officials]] on board, railway officials said. "
        "Security forces said on Wednesday that they had freed [[346 hostages|kidnapped;a=Security forces]] and killed [[all 33 attackers|killed;a=Security forces]]. "
        "[[Twenty-one passengers|killed;a=the military spokesman]] and [[four paramilitary soldiers|killed;a=the military spokesman]] were killed, the military spokesman said. "
        "The BLA, which had demanded the release of Baloch political prisoners within {{48 hours}}, said it still held [[dozens of soldiers|kidnapped;a=The BLA]].",
    ),
    (
        "Afghanistan: women protesters detained in Kabul",
        "Taliban fighters broke up a protest by women outside the education ministry in Kabul on Saturday, firing into the air. "
        "[[At least 15 women|arrested;a=organisers]] were detained, organisers said; [[11|arrested;a=organisers]] of them were released the next day after relatives signed guarantees. "
        "The UN mission said it had documented [[more than 100 arbitrary arrests|arrested;u=person;n=arrests;a=The UN mission]] of women activists and journalists since {{2021}}. "
        "Girls have been banned from secondary school for more than {{three years}}; the UN says [[about 1.4 million girls|civilians;a=the UN]] are affected.",
    ),
    (
        "Philippines: Marawi residents wait to go home five years after siege",
        "The five-month battle for Marawi in {{2017}} between the army and Islamic State-linked fighters left the city centre in ruins. "
        "[[About 17,000 families|displaced;a=Task Force Bangon Marawi]] are still living in transitory shelters or with relatives, according to Task Force Bangon Marawi. "
        "The task force says [[about 3,000 families|returned;a=The task force;alt=Task Force Bangon Marawi]] have been allowed back to the most affected area, where [[2,800 new houses|housing;a=The task force;alt=Task Force Bangon Marawi]] have been built. "
        "The siege killed [[more than 900 militants|killed;a=the military]], [[165 soldiers and police|killed;n=soldiers and police;a=the military]] and [[47 civilians|killed;a=the military]], the military said at the time. "
        "A compensation law passed in {{2022}} has so far paid out {{1.4 billion pesos}}.",
        ["five-month"],
    ),
    (
        "Thailand: insurgents bomb rangers' base in Narathiwat",
        "Suspected separatist insurgents detonated a car bomb at a paramilitary ranger base in Narathiwat province early on Sunday, then opened fire on those who ran out. "
        "[[Two rangers|killed;a=the Internal Security Operations Command]] were killed and [[nine|injured;a=the Internal Security Operations Command]] wounded, the Internal Security Operations Command said, along with [[three residents|injured;a=the Internal Security Operations Command]] of nearby houses. "
        "[[Twenty houses|housing;a=the district chief]] and a school were damaged by the blast, the district chief said. "
        "Deep South Watch has recorded [[more than 7,600 deaths|killed;a=Deep South Watch]] since the insurgency reignited in {{2004}}.",
    ),
    (
        "Pakistan: families flee Kurram as sectarian clashes block main road",
        "Clashes between Sunni and Shia tribes in the Kurram district of Khyber Pakhtunkhwa began after gunmen attacked a convoy on {{November 21}}, killing [[42 passengers|killed;a=the provincial government]], according to the provincial government. "
        "Fighting over the following week killed [[at least 130 people|killed;a=the district hospital]], the district hospital said. "
        "[[About 2,000 families|displaced]] have moved to Hangu and Peshawar. "
        "The main Thall-Parachinar road has been closed for more than {{two months}}, and [[hundreds of thousands|civilians]] in Parachinar are short of medicine. "
        "A jirga brokered a deal under which both sides are to hand in heavy weapons.",
    ),
    (
        "Myanmar: Arakan Army says it captured 2,000 soldiers in Rakhine",
        "The Arakan Army said on Sunday it had taken the headquarters of the junta's Western Command in Ann after weeks of fighting. "
        "The group said [[more than 2,000 soldiers|arrested;a=The group;alt=The Arakan Army]] and their family members had been captured in the campaign since {{November 2023}}, and that [[400|combatants;a=The group;alt=The Arakan Army]] had defected. "
        "The junta has not commented. "
        "The UN said [[about 2.6 million people|displaced;a=The UN]] were displaced across Myanmar, the highest since the {{2021}} coup.",
    ),
    # ---------------------------------------------------------------- East Africa and the Horn, Great Lakes
    (
        "Sudan: families who fled El Geneina describe killings at the river",
        "The Rapid Support Forces and allied Arab militias attacked Masalit neighbourhoods of El Geneina in {{June 2023}}, after the killing of the West Darfur governor. "
        "[[Tens of thousands|displaced]] ran toward the Chadian border, {{27 km}} away. "
        "By the end of the month [[more than 150,000|displaced;a=UNHCR]] had reached Adre and other border towns in Chad, UNHCR said. "
        "Survivors interviewed by Human Rights Watch said men were separated and shot; a UN panel of experts later estimated that [[10,000 to 15,000 people|killed;a=a UN panel of experts]] were killed in the city. "
        "Many still do not know what happened to their relatives: the Chadian Red Cross has registered [[about 1,300 missing|missing;n=missing;a=the Chadian Red Cross]]. "
        "Adre's camp, planned for [[30,000|capacity]], now holds [[more than 200,000 refugees|displaced]].",
    ),
    (
        "Sudan: WFP convoy reaches Zamzam camp after months of siege",
        "A convoy of [[12 trucks|aid;a=the World Food Programme]] carrying sorghum, pulses and oil reached Zamzam camp near El Fasher on Thursday, the World Food Programme said, the first in {{seven months}}. "
        "The camp was declared in famine in {{August}}, and [[about 500,000 people|displaced;a=the agency;alt=the World Food Programme]] live there, according to the agency. "
        "The food is enough for [[about 12,500 people|aid;p;a=WFP]] for a month, WFP said, a fraction of those in need. "
        "Doctors Without Borders said a child was dying every {{two hours}} in the camp earlier this year. "
        "On the way the convoy was stopped {{three times}} at RSF checkpoints.",
    ),
    (
        "South Sudan: cattle raid leaves dozens dead in Jonglei",
        "Armed youths from the Greater Pibor Administrative Area raided cattle camps in Jonglei State on Saturday, local officials said. "
        "[[At least 32 people|killed;a=the county commissioner]] were killed and [[18|injured;a=the county commissioner]] wounded, the county commissioner told Radio Tamazuj. "
        "He said [[about 1,500 attackers|combatants;a=the county commissioner]] took part and drove off [[some 4,000 cattle|other;a=the county commissioner]]. "
        "[[Seven women and children|kidnapped;n=women and children]] were also taken, and families say [[four|missing;a=families]] are unaccounted for. "
        "The UN mission sent [[120 peacekeepers|combatants]] to the area on Monday.",
    ),
    (
        "Ethiopia: Amhara drone strike hits market in Finote Selam",
        "A drone strike hit a busy market in Finote Selam, in Ethiopia's Amhara region, on a Sunday in {{August 2023}}, as fighting between the army and Fano militias spread. "
        "Hospital staff said [[26 people|killed;a=Hospital staff]] were killed and [[55|injured;a=Hospital staff]] were treated for wounds. "
        "The government declared a {{six-month}} state of emergency. "
        "The Ethiopian Human Rights Commission says [[more than 1,000 people|arrested;a=The Ethiopian Human Rights Commission]], most of them ethnic Amhara, have been detained in Addis Ababa under the emergency, and that many are held in [[at least 14 makeshift detention centres|other;a=The Ethiopian Human Rights Commission]].",
    ),
    (
        "DRC: M23 advance empties camps around Goma",
        "When {{M23}} rebels and Rwandan troops entered Goma in late {{January 2025}}, the displacement camps on the city's western edge emptied within days. "
        "The camps at Bulengo, Lushagala and Kanyaruchinya had sheltered [[about 650,000 people|displaced;a=the UN]], according to the UN. "
        "The rebels ordered them to go home, and by mid-February [[more than 400,000|returned;a=the International Organization for Migration]] had left for their villages in Masisi and Rutshuru, the International Organization for Migration estimated. "
        "Many found their fields occupied and their houses stripped; [[some 60,000|displaced]] are now living in churches and schools in Goma itself. "
        "The health ministry said [[about 3,000 bodies|killed;a=The health ministry]] had been collected from the streets after the fighting, and hospitals treated [[more than 2,800 wounded|injured;n=wounded]].",
    ),
    (
        "DRC: ADF attack on Komanda church leaves dozens dead",
        "Fighters of the Allied Democratic Forces, an Islamic State affiliate, attacked a Catholic church in Komanda, Ituri province, during a night vigil in {{July 2025}}. "
        "Civil society leaders said [[at least 43 worshippers|killed;a=Civil society leaders]] were killed, [[nine of them|killed;n=-;a=Civil society leaders]] children, and several houses were burned. "
        "The UN mission, MONUSCO, later put the toll at [[43|killed;a=The UN mission]] and said [[at least 15|missing;a=The UN mission]] were unaccounted for. "
        "[[About 5,000 residents|displaced;a=the local administrator]] have fled toward Bunia, {{75 km}} to the south, the local administrator said.",
    ),
    (
        "Uganda: Kiryandongo settlement takes in Sudanese refugees bussed from border",
        "Buses carrying Sudanese refugees from the Nyakabande transit centre arrived at Kiryandongo settlement on Tuesday, the Office of the Prime Minister said. "
        "[[About 1,200 refugees|displaced;a=the Office of the Prime Minister]] were on the buses, most of them women and children who fled fighting in Khartoum and then crossed South Sudan. "
        "Each family receives a plot of {{30 by 30 metres}}, [[two tarpaulins|aid]] and a kitchen set. "
        "The settlement has received [[more than 40,000 Sudanese|displaced;a=UNHCR]] since {{April 2023}}, UNHCR says, and the agency wants to build [[12 boreholes|aid;p;a=the agency;alt=UNHCR]] and [[300 latrines|aid;p;a=the agency;alt=UNHCR]] before the school term. "
        "The reception centre, meant for [[500|capacity]], held [[1,800|displaced]] on Monday night.",
    ),
    (
        "Somalia: al-Shabaab frees hostages after clan militias encircle town",
        "Al-Shabaab fighters released [[14 hostages|kidnapped;a=a district official]] they had taken from a bus near Mahaday, a district official said on Friday, after clan militias known as macawisley surrounded the town. "
        "The hostages, among them [[three women|kidnapped;a=a district official]], were handed to elders. "
        "Government forces and the macawisley have retaken [[more than 60 villages|other;a=the information ministry]] in Middle Shabelle since {{August 2022}}, the information ministry said. "
        "The government says it has recruited [[about 15,000 new soldiers|combatants;a=The government]] for the second phase of the offensive, and Turkey and Qatar are paying for the training of [[5,000 more|combatants;p;n=-]].",
    ),
    (
        "Somalia: twin car bombs at education ministry kill 120",
        "[[Two car bombs|other;u=other]] exploded minutes apart at the education ministry junction in Mogadishu on Saturday, {{five years}} to the month after the city's deadliest attack. "
        "President Hassan Sheikh Mohamud said [[at least 100 people|killed;a=President Hassan Sheikh Mohamud]] were killed and [[300|injured;a=President Hassan Sheikh Mohamud]] wounded; the toll was raised on Monday to [[121 dead|killed;n=dead;a=the health minister]] and [[333 injured|injured;n=injured;a=the health minister]], the health minister said. "
        "Al-Shabaab said it carried out the attack. "
        "The Aamin ambulance service said its [[12 ambulances|other;a=The Aamin ambulance service]] made [[more than 40 trips|other;a=The Aamin ambulance service]] in the first hour.",
    ),
    (
        "South Sudan: returnees fleeing Sudan crowd Renk transit centre",
        "Since war broke out in Sudan in {{April 2023}}, [[more than 900,000 people|returned;a=the International Organization for Migration]] have crossed into South Sudan, the International Organization for Migration said. "
        "Most are South Sudanese who had lived in Khartoum for decades and are going back to a country many of them barely know. "
        "At the transit centre in Renk, designed for [[3,000 people|capacity]], [[nearly 20,000|displaced;a=aid workers]] were waiting on Wednesday for boats up the Nile to Malakal, aid workers said. "
        "Cholera has broken out in the centre: the health ministry reported [[more than 1,500 cases|other;a=the health ministry;u=person]] and [[36 deaths|killed;a=the health ministry]] in {{three weeks}}. "
        "The government has promised [[10 more boats|other;p;a=The government]] to move people onward.",
    ),
    (
        "Ethiopia: Tigrayans displaced from Western Tigray still wait to go home",
        "More than {{two years}} after the Pretoria peace agreement ended the war in Tigray, people driven from Western Tigray by Amhara forces in {{2020}} and {{2021}} are still living in schools in Shire. "
        "The interim administration says [[about 1 million people|displaced;a=The interim administration]] remain displaced in the region. "
        "In Shire alone, [[43 schools|capacity;a=the town's education office]] are used as shelters, the town's education office said, keeping [[some 70,000 pupils|civilians;a=the town's education office]] out of class. "
        "A return programme launched in {{April 2024}} was meant to bring [[600,000 people|returned;p;a=officials]] home by the end of that year, officials said, but [[fewer than 80,000|returned;a=the UN]] had actually gone back, the UN said. "
        "A report by Human Rights Watch described the campaign in Western Tigray as ethnic cleansing.",
    ),
    (
        "Kenya: rights commission tallies deaths and abductions after Finance Bill protests",
        "The Kenya National Commission on Human Rights said on Monday that [[at least 60 people|killed;a=The Kenya National Commission on Human Rights]] had been killed in protests against the Finance Bill since {{June 18}}. "
        "It said [[more than 600 people|arrested;a=The Kenya National Commission on Human Rights]] had been arrested and [[72|missing;a=The Kenya National Commission on Human Rights]] had been abducted or had disappeared; [[21 of those missing|missing;n=missing;a=The Kenya National Commission on Human Rights]] were still unaccounted for. "
        "Police said [[over 300 officers|injured;a=Police]] had been hurt and [[11 police stations|housing;u=structure;a=Police]] attacked or burned. "
        "On {{June 25}}, protesters broke into parliament and set part of the building on fire. "
        "The commission's report, {{KNCHR/PR/2024/07}}, has been sent to the inspector-general.",
    ),
    (
        "Burundi: opposition activists disappear ahead of elections",
        "The Burundian human rights league Iteka says it documented [[at least 40 enforced disappearances|missing;a=The Burundian human rights league Iteka;n=disappearances]] in the first half of {{2020}}, most of them members of the opposition CNL party. "
        "In the same period it recorded [[62 killings|killed;a=The Burundian human rights league Iteka]] and [[more than 200 arbitrary arrests|arrested;a=The Burundian human rights league Iteka;n=arrests]]. "
        "Relatives of a CNL official who was taken from a bar in Ngozi in {{March}} say they have searched [[six police cells|other;u=structure;a=Relatives of a CNL official]] without finding him. "
        "The government denies that its youth wing, the Imbonerakure, plays any role in security. "
        "Burundi hosted a referendum in {{2018}} that allows the president to rule until {{2034}}.",
    ),
    (
        "Central African Republic: Wagner-backed troops accused of killings near Bambari",
        "Villagers in the Ouaka prefecture said soldiers and Russian instructors arrived in [[three pickups|other;a=Villagers in the Ouaka prefecture]] and began shooting at men near a gold mine. "
        "[[Twelve miners|killed;a=the Central African Human Rights Observatory]] were killed, the Central African Human Rights Observatory said, and [[about 20|arrested;a=the Central African Human Rights Observatory]] were taken to the Bambari garrison. "
        "[[Eight of those detained|arrested;n=detained]] were released after relatives paid {{50,000 CFA francs}} each. "
        "[[At least 2,000 people|displaced;a=the UN refugee agency]] fled the mining area in the following days, the UN refugee agency said. "
        "The mining site had drawn [[some 3,000 diggers|other]] from across the country.",
    ),
    (
        "Mozambique: Cabo Delgado families return to Palma as gas project restarts",
        "Insurgents linked to the Islamic State stormed the town of Palma in {{March 2021}}, killing [[dozens|killed]] and forcing the French energy group TotalEnergies to suspend a {{$20 billion}} gas project. "
        "[[More than 40,000 people|displaced]] fled, many on foot to Tanzania or by boat to Pemba. "
        "Since Rwandan troops retook the town, [[about 32,000|returned;a=the district administration]] have come back, the district administration said. "
        "[[At least 1,900 houses|housing;a=a government assessment]] were destroyed in the attack and [[only 600|housing;a=a government assessment]] have been rebuilt, according to a government assessment. "
        "Rwanda has [[about 4,000 troops and police|combatants;n=troops and police;a=Kigali]] in Cabo Delgado, Kigali says.",
    ),
    (
        "DRC: CODECO militia attacks Plaine Savo displacement site",
        "CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement site in Ituri province on the night of {{February 1}}, {{2022}}. "
        "[[At least 60 people|killed;a=the International Committee of the Red Cross]] were killed, many of them women and children, the International Committee of the Red Cross said. "
        "The site sheltered [[about 24,000 displaced people|displaced;a=the Red Cross;alt=the International Committee of the Red Cross]] from the Hema community, the Red Cross said. "
        "[[Several dozen wounded|injured;n=wounded]] were taken to Bule hospital, where a nurse said [[two operating rooms|other;u=structure]] had to handle everyone. "
        "Peacekeepers from a base {{3 km}} away arrived after the attackers had left.",
    ),
    # ---------------------------------------------------------------- Eastern Europe and the Caucasus
    (
        "Nagorno-Karabakh: almost entire population leaves for Armenia",
        "Azerbaijan's lightning offensive of {{September 19}} ended three decades of ethnic Armenian rule in Nagorno-Karabakh within {{24 hours}}. "
        "Over the following week the only road to Armenia, through the Lachin corridor, filled with cars and trucks. "
        "By Saturday [[100,417 people|displaced;a=the Armenian government]] had crossed, the Armenian government said, out of a population it put at [[about 120,000|civilians;a=the Armenian government]]. "
        "[[At least 170 people|killed;a=local officials]] died in an explosion at a fuel depot near Stepanakert as they queued for petrol, local officials said; [[more than 290|injured;a=local officials]] were hurt. "
        "Armenia has set up [[about 30 temporary accommodation centres|capacity]] near the border town of Goris.",
        ["three decades"],
    ),
    (
        "Ukraine: Kharkiv villagers evacuated as Russian forces push toward Vovchansk",
        "Russian troops crossed the border north of Kharkiv on {{May 10}}, shelling villages that had been largely quiet since their liberation in {{2022}}. "
        "The regional governor, Oleh Syniehubov, said [[about 9,900 people|displaced;a=The regional governor, Oleh Syniehubov]] had been evacuated from the Vovchansk area in the first week. "
        "[[Fewer than 200 residents|civilians;a=police]] remained in Vovchansk itself, a town of [[17,000|civilians;a=police]] before the war, police said on Friday. "
        "Volunteers at the Kharkiv reception point said they register [[up to 500 evacuees a day|displaced;a=Volunteers at the Kharkiv reception point]] and send most of them on to rented flats and dormitories. "
        "Ukrainian officials said Russia had deployed [[around 30,000 troops|combatants;a=Ukrainian officials]] for the offensive.",
    ),
    (
        "Ukraine: prisoners exchanged under UAE mediation",
        "Ukraine and Russia exchanged prisoners of war on Friday in a swap mediated by the United Arab Emirates, the {{58th}} exchange since the full-scale invasion began. "
        "President Volodymyr Zelensky said [[189 Ukrainians|other;a=President Volodymyr Zelensky]] had come home, among them [[two civilians|other;a=President Volodymyr Zelensky]]. "
        "The Russian defence ministry said it had received [[190 servicemen|other;a=The Russian defence ministry]]. "
        "Ukraine's coordination headquarters says [[more than 8,000 Ukrainian soldiers and civilians|arrested;n=soldiers and civilians;a=Ukraine's coordination headquarters]] are still held in Russia. "
        "A UN monitoring mission said {{95%}} of released prisoners it interviewed reported torture.",
    ),
    (
        "Belarus: hundreds still behind bars years after 2020 protests",
        "Belarus's authorities detained [[more than 35,000 people|arrested;a=the Viasna human rights centre]] in the months after the disputed presidential election of {{August 9, 2020}}, according to the Viasna human rights centre. "
        "Viasna now counts [[1,265 political prisoners|arrested;a=Viasna]], among them its own founder, Ales Bialiatski, serving {{10 years}}. "
        "Since {{July 2024}} President Alexander Lukashenko has pardoned [[more than 250|arrested;a=the presidential administration]] of them, the presidential administration said. "
        "Exiled opposition leader Sviatlana Tsikhanouskaya said [[at least seven political prisoners|killed;a=Exiled opposition leader Sviatlana Tsikhanouskaya;alt=Sviatlana Tsikhanouskaya]] had died in custody.",
    ),
    (
        "Georgia: riot police disperse pro-EU protest outside parliament",
        "Riot police used water cannon and tear gas to clear [[thousands of protesters|other]] from Rustaveli Avenue in Tbilisi overnight, the {{fourth}} night of demonstrations since the government suspended EU accession talks. "
        "The interior ministry said [[107 people|arrested;a=The interior ministry]] had been detained for disobeying police and [[32 officers|injured;a=The interior ministry]] had been injured. "
        "The public defender's office said [[at least 80 of the detainees|arrested;n=detainees;a=The public defender's office]] showed signs of beatings, and that [[26 protesters|injured;a=The public defender's office]] had been taken to hospital. "
        "By the end of the week the total number detained had risen to [[more than 400|arrested]]. "
        "Georgian Dream has governed since {{2012}}.",
    ),
    (
        "Russia: thousands detained at anti-mobilisation protests",
        "Police detained protesters in [[dozens of Russian cities|other;u=other]] on Wednesday after President Vladimir Putin announced a partial mobilisation of [[300,000 reservists|combatants;p;a=President Vladimir Putin]]. "
        "The monitoring group OVD-Info counted [[1,386 detentions|arrested;a=The monitoring group OVD-Info;n=detentions]] in [[38 cities|other;u=other;a=The monitoring group OVD-Info]], [[502 of them|arrested;n=-;a=The monitoring group OVD-Info]] in Moscow. "
        "Some of those detained were handed call-up papers at police stations, the group said. "
        "Flights out of the country sold out, and Kazakhstan said [[about 98,000 Russians|displaced;a=Kazakhstan]] had entered in the following week.",
    ),
    (
        "Ukraine: Kramatorsk station strike hits crowd waiting to leave",
        "[[Two missiles|other]] carrying cluster munitions struck the railway station in Kramatorsk on {{April 8, 2022}}, where [[thousands of people|displaced]] were waiting for evacuation trains to the west. "
        "[[Some 4,000 people|displaced;a=the regional governor]] were at the station at the time, the regional governor said, most of them women and the elderly. "
        "[[Sixty-one people|killed;a=prosecutors]] were killed, [[seven of them|killed;n=-;a=prosecutors]] children, and [[more than 120|injured;a=prosecutors]] were wounded, according to prosecutors. "
        "Ukrainian Railways said it had evacuated [[more than 1.5 million people|displaced;a=Ukrainian Railways]] from the east since late {{February}}. "
        "The station reopened {{eleven days}} later.",
    ),
    (
        "Ukraine: Kherson residents evacuated after dam breach",
        "The destruction of the Kakhovka dam on {{June 6, 2023}} sent water pouring into villages on both banks of the Dnipro. "
        "Ukrainian authorities said [[about 3,600 people|displaced;a=Ukrainian authorities]] had been evacuated from flooded areas on the right bank within {{three days}}, while Russian shelling continued. "
        "On the occupied left bank, the Russian-installed authorities said [[more than 7,000|displaced;a=the Russian-installed authorities]] had been moved. "
        "[[At least 58 people|killed;a=officials on both sides]] died in the floods, officials on both sides said, and [[dozens|missing;a=officials on both sides]] were missing. "
        "Volunteers in boats rescued [[hundreds of residents|civilians]] trapped on rooftops.",
    ),
]
