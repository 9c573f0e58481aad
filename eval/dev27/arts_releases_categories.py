"""dev27 texts: NGO and UN releases; returns; missing and kidnapped; headlines with a
one-sentence summary; civilians, capacity and aid; housing and structures; combatants and
projected figures.

Marks: [[span|category;key=value;...]] is a figure, {{span}} a negative (see build.py and
eval/figset/marks.py). The texts are registered with F as the module is imported, so the
import order in build.py is the set's order.
"""

from figset import F

# ---------------------------------------------------------------- NGO and UN releases

F(
    "NRC: Cox's Bazar fire response",
    "The Norwegian Refugee Council said it had handed out [[two thousand tarpaulins|aid;a=The Norwegian Refugee Council]] and [[1,200 kitchen sets|aid;n=sets;a=The Norwegian Refugee Council]] in {{Camp 11}} after the blaze, which left [[some 12,000 refugees|displaced;a=The Norwegian Refugee Council]] without shelter. "
    "It plans to build [[five hundred transitional shelters|capacity;p;a=The Norwegian Refugee Council]] by {{December}}.",
)

F(
    "UNICEF: children recruited in the Central Sahel",
    "UNICEF said armed groups had recruited [[well over 1,000 children|combatants;a=UNICEF]] in Mali, Burkina Faso and Niger in {{2024}}, and that [[a further 600|kidnapped;a=UNICEF]] had been abducted. "
    "[[Two hundred and forty|other;a=the agency;alt=UNICEF]] have been released into its care, the agency said.",
)

F(
    "IOM: Yemen migrant boat capsizes",
    "IOM said a boat carrying [[about 260 Ethiopian and Somali migrants|other;n=migrants;a=IOM]] capsized off Shabwa, and that [[forty-nine|killed;a=IOM]] had drowned and [[140|missing;a=IOM]] were missing. "
    "[[Seventy-one|other;a=local fishermen]] were pulled from the water, local fishermen said.",
)

F(
    "WFP: Gaza bakeries and parcels",
    "WFP said [[nineteen bakeries|aid;u=structure;a=WFP]] were operating in central and southern Gaza, baking [[some 250,000 bundles|aid;a=WFP]] of bread a day, and that it had distributed [[17,000 food parcels|aid;a=WFP]] in the week to {{Friday}}.",
)

F(
    "UNHCR: Sudanese arrivals in South Sudan",
    "[[Over 900,000 people|displaced;a=UNHCR]] have crossed from Sudan into South Sudan since {{April 2023}}, UNHCR said — {{roughly two-thirds}} of them South Sudanese returning home.",
)

F(
    "OCHA: Haiti displacement sites",
    "OCHA said [[over 110 displacement sites|capacity;n=sites;u=other;a=OCHA]] in the Port-au-Prince area now held [[nearly 200,000 people|displaced;a=OCHA]], and that [[twenty-six new sites|capacity;n=sites;u=other;a=OCHA]] had opened since {{January}}.",
)

F(
    "ICRC: missing persons in the Sahel",
    "The ICRC said families had registered [[close to 4,000 people|missing;a=The ICRC]] as missing in Burkina Faso, Mali and Niger, and that it had helped trace [[in excess of a hundred|other;a=The ICRC]].",
)

F(
    "Save the Children: Ukraine schools",
    "Save the Children said [[more than 1,300 schools|housing;a=Save the Children]] had been damaged or destroyed in Ukraine, and that [[about 600,000 children|other;a=Save the Children]] were learning only online.",
)

F(
    "MSF: Tawila cholera centre",
    "MSF said it had opened a cholera treatment centre with [[120 beds|capacity;a=MSF]] in Tawila and treated [[2,300 patients|other;a=MSF]] in its {{first three weeks}}.",
)

F(
    "UNRWA: West Bank camps",
    "UNRWA said [[40,000 Palestinians|displaced;a=UNRWA]] had been forced out of the Jenin, Tulkarm and Nur Shams camps, the largest displacement in the West Bank since {{1967}}, and that [[a hundred buildings|housing;a=UNRWA]] had been demolished.",
)

F(
    "IOM: Libya detention centres",
    "IOM estimated that [[some 5,000 migrants|arrested;a=IOM]] were held in official detention centres in western Libya, and [[thousands more|arrested;n=-;a=IOM]] in warehouses run by traffickers.",
)

F(
    "Amnesty: Tigray sexual violence",
    "Amnesty International said it had documented the cases of [[more than 300 women and girls|other;n=women and girls;a=Amnesty International]] raped by soldiers in western Tigray.",
)


# ---------------------------------------------------------------- returns

F(
    "Iraq: Jeddah 1 camp returns",
    "[[A hundred and eighty-seven families|returned;a=the migration ministry]] left {{Jeddah 1}} camp for their villages in Nineveh on Tuesday, the migration ministry said, the {{fourth}} convoy this month. "
    "[[Some 1,800 families|returned;p;a=the ministry;alt=the migration ministry]] will follow by year-end, the ministry said.",
)

F(
    "Ukraine: children brought back from Russia",
    "Ukraine's Bring Kids Back programme said [[1,246 children|returned;a=Ukraine's Bring Kids Back programme]] had been returned from Russia and occupied areas, out of [[nearly 20,000|kidnapped;a=Ukraine's Bring Kids Back programme]] it says were deported.",
)

F(
    "Burundi: refugees repatriated from Tanzania",
    "[[Six hundred and fifty-four Burundian refugees|returned;a=UNHCR]] went home from Nduta camp in a convoy of [[fourteen buses|other;a=UNHCR]] on Thursday, UNHCR said.",
)

F(
    "Syria: returns from Lebanon",
    "Lebanese General Security said [[upwards of 400,000 Syrians|returned;a=Lebanese General Security]] had crossed back into Syria since {{December}}, [[some 90,000|returned;a=Lebanese General Security]] of them through Masnaa.",
)

F(
    "Pakistan deports Afghans",
    "Pakistan deported [[12k Afghans|returned;a=Taliban officials]] through Torkham in {{a single week}}, Taliban officials said, and [[another 5,000|returned;p;a=Taliban officials]] were expected at Chaman.",
)

F(
    "Mali: Malian refugees back from Mauritania",
    "[[Around 2,000 Malians|returned]] returned from Mbera camp in Mauritania last month. "
    "[[About 90,000|displaced;a=UNHCR]] remain there, UNHCR said.",
)


# ---------------------------------------------------------------- missing, kidnapped

F(
    "Mexico: Jalisco search collectives",
    "Search collectives in Jalisco said [[more than 15,000 people|missing;a=Search collectives in Jalisco]] were registered as missing in the state, and that they had found [[some 200 bags|other;a=Search collectives in Jalisco]] of human remains at a ranch in Teuchitlán.",
)

F(
    "Chibok, ten years on: 82 girls still held",
    "{{Ten years}} after [[276 schoolgirls|kidnapped;a=Amnesty International]] were seized in Chibok, [[82|kidnapped;a=Amnesty International]] are still missing, Amnesty International said on {{14 April}}.",
)

F(
    "Colombia: Cauca soldiers held",
    "Residents in El Plateado held [[twenty-eight soldiers|kidnapped;a=the defence ministry]] for {{two days}} after a clash with FARC dissidents, the defence ministry said, before releasing them to a UN mission; [[a couple of dozen villagers|other;v=24;q=approx;a=the defence ministry]] were questioned.",
)

F(
    "Haiti: missionaries kidnapped",
    "The 400 Mawozo gang abducted [[seventeen missionaries|kidnapped;a=police]], including [[five children|kidnapped;a=police]], on the road from Croix-des-Bouquets, police said.",
    ["400 Mawozo"],
)

F(
    "Iraq: Sinjar mass grave",
    "Investigators opened a mass grave near Kocho and recovered the remains of [[thirty-eight people|killed;a=the Iraqi Foundation of Martyrs]], the Iraqi Foundation of Martyrs said; [[around 2,600 Yazidis|missing;a=the Iraqi Foundation of Martyrs]] are still missing.",
)


# ---------------------------------------------------------------- headlines with a one-sentence summary

F(
    "Sudan: 15 killed in Kadugli shelling; 40 hurt",
    "Artillery fire on a Kadugli market killed [[fifteen people|killed;a=the South Kordofan health authority]] and wounded [[forty|injured;a=the South Kordofan health authority]], the South Kordofan health authority said.",
)

F(
    "Somalia: al-Shabaab storms Mogadishu hotel; siege over",
    "[[Nine civilians|killed]] and [[three soldiers|killed]] died before security forces ended the {{eight-hour}} siege of the Hayat Hotel shortly after {{midnight}}, killing [[all six attackers|killed]].",
)

F(
    "Nigeria: troops 'neutralise' 58 in Borno",
    "The Defence Headquarters said troops had 'neutralised' [[fifty-eight terrorists|killed;a=The Defence Headquarters]], arrested [[ninety-one|arrested;a=The Defence Headquarters]] and rescued [[a hundred and three hostages|kidnapped;a=The Defence Headquarters]] across the northeast in {{one week}}.",
)

F(
    "Afghanistan: 2,000 houses flattened in Herat quake",
    "The Taliban government said the {{6.3-magnitude}} earthquake had destroyed [[almost 2,000 houses|housing;a=The Taliban government]] in [[thirteen villages|other;a=The Taliban government]] of Zindajan district.",
)

F(
    "DRC: M23 'doubles' its Masisi force",
    "UN experts said M23 had [[between 6,500 and 7,000 fighters|combatants;a=UN experts]] in North Kivu, backed by [[3,000-4,000 Rwandan troops|combatants;a=UN experts]].",
    ["M23"],
)

F(
    "Ukraine: 'dozens' trapped after Dnipro strike",
    "[[Dozens of residents|civilians;a=the mayor]] are believed trapped under the collapsed section of the {{nine-storey}} block, the mayor said; [[twenty-two|other;a=rescuers]] have been brought out alive, rescuers said.",
)

F(
    "India: Manipur 'buffer zone' to get 2,000 more troops",
    "The home ministry will send [[2,000 more central armed police|combatants;n=police;p;a=officials]] to the buffer zone between Imphal valley and the Kuki-Zo hills, officials said.",
)


# ---------------------------------------------------------------- civilians, capacity, aid

F(
    "Sudan: El Fasher population estimate",
    "[[An estimated population of 260,000|civilians;a=the UN]] remains in El Fasher, including [[some 130,000 children|civilians;a=the UN]], the UN said, with [[upwards of 1,000|killed;a=the UN]] killed since the siege began.",
)

F(
    "Gaza: al-Mawasi crowded",
    "The Palestinian Red Crescent said [[around 1.1 million people|displaced;a=The Palestinian Red Crescent]] were now squeezed into al-Mawasi, a strip of sand of barely {{20 square kilometres}}.",
)

F(
    "Chad: new camp at Farchana",
    "UNHCR said the new Farchana extension camp could take in [[50,000 refugees|capacity;p;a=UNHCR]], and that it had so far moved [[some 18,000|displaced;a=UNHCR]] from the Adré border site, where [[about 150,000|displaced;a=UNHCR]] still live.",
)

F(
    "Poland: reception centres for Ukrainians",
    "Polish authorities opened [[a dozen reception points|capacity;a=Polish authorities]] along the border, each able to house [[upwards of 2,000 people|capacity;a=Polish authorities]], Polish authorities said.",
)

F(
    "Ethiopia: Shire collective centres",
    "[[Sixty-four schools|capacity;a=the regional education bureau]] in Shire are still being used as collective centres for [[some 320,000 displaced people|displaced;a=the regional education bureau]], the regional education bureau said.",
)

F(
    "Lebanon: Beirut shelters full",
    "The government said [[just over 1,000 collective shelters|capacity;n=shelters;a=The government]] had been opened, [[830|capacity;u=structure;a=The government]] of them already at capacity, housing [[around 190,000 people|displaced;a=The government]].",
)

F(
    "Yemen: cholera kits airlifted to Hodeidah",
    "WHO flew in [[forty tonnes|aid;a=WHO]] of medical supplies, including [[two hundred cholera kits|aid;n=kits;a=WHO]], to Hodeidah, enough to treat [[some 20,000 patients|aid;p;a=WHO]], WHO said.",
)

F(
    "South Sudan: WFP airdrops",
    "WFP carried out [[twelve airdrops|aid;a=WFP]] over Nasir county in {{June}}, delivering [[220 tonnes|aid;a=WFP]] of sorghum and pulses to [[about 33,000 people|aid;a=WFP]], WFP said.",
)

F(
    "Myanmar: Rakhine rice shipment",
    "A Thai donation of [[3,400 tonnes|aid;a=the foreign ministry]] of rice reached Sittwe, the foreign ministry said, for distribution to [[an estimated 210,000 people|aid;p;a=the foreign ministry]] over the next {{three months}}.",
)

F(
    "Gaza: aid convoys",
    "UN data showed [[1,500 trucks|aid;a=UN data]] entered Gaza in {{March}}, against [[the 500 a day|aid;u=other;p;a=the agencies]] the agencies say are needed.",
)

F(
    "Afghanistan: winter cash for returnees",
    "The Danish Refugee Council said it would give winter cash to [[twelve thousand returnee families|aid;p;a=The Danish Refugee Council]] in Nangarhar and Kunar, and blankets to [[6,500 more|aid;n=-;p;a=The Danish Refugee Council]].",
)


# ---------------------------------------------------------------- housing and structures

F(
    "Nigeria: Yelwata homes razed",
    "Satellite images analysed by Amnesty International showed [[at least 230 buildings|housing;a=Amnesty International]] burned in Yelwata, [[over a hundred|housing;u=structure;a=Amnesty International]] of them homes.",
)

F(
    "Ukraine: Kyiv strike damages apartments",
    "The city administration said [[forty apartments|housing;u=structure;a=The city administration]] in Obolon and [[six private houses|housing;a=The city administration]] in Desnianskyi were damaged by falling debris, and that [[eleven people|injured;a=The city administration]] sought medical help.",
)

F(
    "Israel: Hezbollah rockets hit Kiryat Shmona",
    "The municipality said [[upwards of 300 homes|housing;a=The municipality]] and [[some 40 businesses|housing;u=structure;n=businesses;a=The municipality]] in Kiryat Shmona had been damaged, and that [[about 22,000 residents|displaced;a=The municipality]] had yet to return.",
)

F(
    "Syria: Idlib quake damage",
    "The White Helmets said [[1,880 buildings|housing;a=The White Helmets]] had collapsed completely in northwest Syria and [[more than 6,000|housing;u=structure;a=The White Helmets]] were partly damaged.",
)

F(
    "Sudan: Darfur villages burned",
    "Satellite imagery showed [[sixty-eight villages|other;a=Yale's Humanitarian Research Lab]] torched in North Darfur since {{April}}, Yale's Humanitarian Research Lab said.",
)


# ---------------------------------------------------------------- combatants and projected

F(
    "Kenya to send 1,000 police to Haiti",
    "Kenya's cabinet approved the deployment of [[1,000 police officers|combatants;p;a=a government statement]] to Haiti, a government statement said, and [[a further 600|combatants;p;a=a government statement]] are to follow if parliament agrees.",
)

F(
    "Russia: North Korean troops in Kursk",
    "South Korea's intelligence service said [[some 11,000 North Korean troops|combatants;a=South Korea's intelligence service]] were in Russia's Kursk region, of whom [[about 1,100|killed;a=South Korea's intelligence service]] had been killed or wounded.",
)

F(
    "Sahel: Wagner replaced by Africa Corps",
    "The Africa Corps has [[2,000-2,500 men|combatants;a=Western officials]] in Mali, Western officials said, and plans to bring in [[several hundred more|combatants;n=-;p;a=Western officials]].",
)

F(
    "Israel: call-up of reservists",
    "The army said it would call up [[60,000 reservists|combatants;p;a=The army]] for the Gaza City offensive and extend the service of [[another 20,000|combatants;a=The army]].",
)

F(
    "Somalia: AU mission troop numbers",
    "The AU mission will have [[11,900 troops|combatants;p;a=officials]] in Somalia next year, down from [[some 18,500|combatants;a=officials]] under the previous mandate, officials said.",
)

F(
    "Ethiopia: Amhara evacuation plan",
    "The regional government said it planned to relocate [[a hundred thousand residents|displaced;p;v=100000;a=The regional government]] from the war zone around Lalibela, and that [[3,000 homes|capacity;p;a=The regional government]] would be built for them.",
)

F(
    "Bangladesh: Bhasan Char relocations",
    "Bangladesh will move [[a further 20,000 Rohingya|displaced;p;a=the refugee commissioner]] to Bhasan Char, the refugee commissioner said; the island's [[120 cluster villages|capacity;u=structure;n=villages;a=the refugee commissioner]] can hold [[100,000 people|capacity;a=the refugee commissioner]].",
)
