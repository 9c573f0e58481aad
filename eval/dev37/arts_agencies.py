"""dev37 excerpts: UN agency and NGO press lines, and items with numbers but no figure."""

from figset import F

F(
    "OCHA: Sudan needs",
    "[[About 30.4 million people|civilians;a=OCHA]] in Sudan need humanitarian assistance this year, OCHA said in its response plan, which seeks {{$4.2 billion}} to reach [[20.9 million|aid;p;a=OCHA]] of them. "
    "[[Some 638,000 people|civilians]] face famine conditions in North Darfur and the Nuba Mountains.",
)

F(
    "MSF treats wounded in Wad Madani",
    "Médecins Sans Frontières said its teams at the hospital in Wad Madani treated [[more than 300 wounded|injured;a=Médecins Sans Frontières]] in {{72 hours}} after shelling hit markets and homes, and that [[at least 40|killed;a=Médecins Sans Frontières]] were dead on arrival. "
    "The hospital has [[120 beds|other]].",
)

F(
    "WFP reaches millions in Sudan",
    "The World Food Programme said it reached [[3.2 million people|aid;a=The World Food Programme]] in Sudan with food, cash or nutrition support in May, [[about 1.8 million|aid;a=The World Food Programme]] of them in areas at risk of famine. "
    "The agency aims to reach [[7 million people|aid;p;a=The agency;alt=The World Food Programme]] a month by the end of the year.",
)

F(
    "Deaths on the Mediterranean",
    "[[At least 2,452 people|missing;a=the IOM's Missing Migrants Project]] died or went missing trying to cross the Mediterranean last year, according to the IOM's Missing Migrants Project. "
    "[[More than 1,800|missing;a=the IOM's Missing Migrants Project]] of them were lost on the central route between Libya, Tunisia and Italy, it said.",
)

F(
    "ICRC on the missing in Syria",
    "The International Committee of the Red Cross said families have registered [[more than 35,000 people|missing;a=The International Committee of the Red Cross]] as missing in Syria with its tracing service since {{2011}}. "
    "[[Some 2,100|missing;a=the organisation;alt=The International Committee of the Red Cross]] of them were registered in the past {{12 months}}, the organisation said.",
)

F(
    "Save the Children on Gaza's children",
    "[[More than 17,000 children|civilians;a=Save the Children]] in Gaza are unaccompanied or separated from their parents, Save the Children claims, and [[at least 10 children a day|injured;a=Save the Children]] lose one or both legs. "
    "The charity said it had distributed [[4,000 hygiene kits|aid;a=The charity;alt=Save the Children]] in Deir al-Balah.",
)

F(
    "UNICEF on the Sahel schools",
    "[[More than 14,000 schools|other;a=UNICEF]] are closed in central Sahel because of insecurity, UNICEF said on Thursday, affecting [[about 2.8 million children|civilians;a=UNICEF]] in Burkina Faso, Mali and Niger. "
    "UNICEF plans to open [[1,500 temporary learning spaces|aid;p;u=structure;a=UNICEF]] before the end of the year.",
)

F(
    "HRW on killings at the Saudi border",
    "Saudi border guards killed [[hundreds of Ethiopian migrants|killed;a=Human Rights Watch]] trying to cross from Yemen between {{March 2022}} and {{June 2023}}, Human Rights Watch said in a report, using mortars against groups of migrants, some of them children. "
    "Survivors described [[dozens of bodies|killed]] left on the mountain paths.",
)

F(
    "Amnesty on the Tigray rapes",
    "Amnesty International said it documented the cases of [[63 women and girls|other;n=women and girls;a=Amnesty International]] raped by Eritrean soldiers in the Kokob Tsibah district, some of whom were held for up to {{three months}}. "
    "[[At least 15|kidnapped;a=Amnesty International]] of them had been held captive at a military camp, it said.",
)

F(
    "NRC on Afghan returnees",
    "[[Around 2.4 million Afghans|returned;a=the Norwegian Refugee Council]] have returned or been forced back from Iran and Pakistan this year, the Norwegian Refugee Council said, and the number could reach [[3 million|returned;p;a=the Norwegian Refugee Council]] by December. "
    "Many arrive with nothing and have nowhere to live.",
)

F(
    "IRC on Ethiopian refugees in Sudan",
    "[[Between 40,000 and 50,000 Ethiopian refugees|civilians;a=the International Rescue Committee]] are trapped in Sudan's Gedaref state by the fighting, the International Rescue Committee said, and [[about 3,000|displaced;a=the International Rescue Committee]] have fled back towards the border.",
)

F(
    "UNHCR on Rohingya funding",
    "UNHCR said rations for [[about 1 million Rohingya refugees|aid;a=UNHCR]] in Bangladesh would be cut from {{$12}} to {{$6}} a month from April unless donors come forward. "
    "[[More than 10,000 children|civilians]] in the camps are already acutely malnourished.",
)

F(
    "OCHA on Myanmar displacement",
    "[[More than 3.5 million people|displaced;a=OCHA]] are displaced across Myanmar, OCHA said in its latest update, up from [[2.6 million|displaced;a=OCHA]] at the start of the year. "
    "[[Tens of thousands|displaced]] fled fighting in Rakhine and Shan states in the past month alone.",
)

F(
    "IOM tracks Haiti returns by land",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the International Organization for Migration]] last year, the International Organization for Migration said, [[up to 1,500 people a day|returned;a=the International Organization for Migration]] at some border crossings. "
    "IOM's [[four reception points|capacity;a=IOM]] at the border gave food, water and medical care to [[about 45,000|aid;a=IOM]] of the deportees, IOM said.",
)

F(
    "UNRWA shelters overcrowded",
    "[[About 1 million displaced people|displaced;a=UNRWA]] are sheltering in or near [[154 UNRWA facilities|capacity;a=UNRWA]] across the Gaza Strip, UNRWA said, and [[some 160,000|displaced;a=UNRWA]] share a single school compound in Jabalia. "
    "[[At least 220 staff members|killed]] have been killed.",
)

F(
    "UNMAS on explosive remnants",
    "The UN Mine Action Service said landmines and other explosive remnants of war had killed [[19 civilians|killed;a=The UN Mine Action Service]] and injured [[more than 70|injured;a=The UN Mine Action Service]] in Ukraine's Kharkiv region this year. "
    "Its teams have cleared about {{2,300 hectares}} of farmland.",
)

F(
    "CPJ on jailed journalists",
    "[[At least 361 journalists|arrested;a=the Committee to Protect Journalists]] were behind bars worldwide on {{December 1}}, the Committee to Protect Journalists said in its annual prison census, with China, Israel and Myanmar holding the most. "
    "[[Some 54 journalists|kidnapped;a=the Committee to Protect Journalists]] were held hostage by armed groups, it said.",
)

F(
    "OCHA on DRC kidnappings",
    "Armed groups abducted [[at least 1,100 civilians|kidnapped;a=OCHA]] in North Kivu and Ituri in the {{first three months}} of the year, OCHA said, [[about 300|kidnapped;a=OCHA]] of whom have been freed. "
    "[[Several hundred|kidnapped]] are believed to be held by the ADF.",
)

F(
    "UNICEF on child soldiers",
    "[[Up to 2,000 children|combatants;a=UNICEF]] may have been recruited by armed groups in the Central African Republic this year, UNICEF said on Wednesday, as it secured the release of [[428 children|other;a=UNICEF]] from the groups. "
    "A {{14-year-old}} boy released in Bangui said he had fought for {{two years}}.",
)

F(
    "WFP airdrops in South Sudan",
    "The World Food Programme has carried out [[25 airdrops|aid;a=The World Food Programme]] over Upper Nile state since fighting cut road access, delivering [[about 480 tonnes|aid;a=The World Food Programme]] of food, The World Food Programme said. "
    "[[Some 60,000 people|civilians]] in Nasir and Ulang are cut off.",
)

F(
    "UN monitors on Sahel jihadist strength",
    "JNIM has [[between 6,000 and 7,000 fighters|combatants;a=UN sanctions monitors]] in Mali and Burkina Faso, according to UN sanctions monitors, while Islamic State Sahel Province has [[about 2,000|combatants;a=UN sanctions monitors]]. "
    "[[About 1,500 Russian mercenaries|combatants;a=UN sanctions monitors]] of the Africa Corps are in Mali, they said.",
)

F(
    "Naira falls",
    "LAGOS - The naira weakened to {{1,580}} per dollar on the official market on Monday, its lowest in {{three months}}, as the central bank held its benchmark rate at {{27.5%}}. "
    "Inflation eased to {{24.2%}} in June.",
)

F(
    "India wins in Dubai",
    "DUBAI (PTI) - India beat Pakistan by {{six wickets}} in the Asia Cup on Sunday, chasing down {{241}} with {{45}} balls to spare. "
    "Virat Kohli made an unbeaten {{100}}, his {{51st}} one-day century.",
)

F(
    "Quake rattles Lima",
    "LIMA - A magnitude {{5.6}} earthquake struck off the coast of Peru at {{12:35}} local time on Sunday, at a depth of {{44 km}}, the Geophysical Institute said. "
    "It was felt in Lima, {{60 kilometres}} away; no damage was reported.",
)

F(
    "Kyiv metro reopens line",
    "KYIV - The Kyiv metro reopened its blue line between Lybidska and Teremky on Saturday after {{five weeks}} of repairs to a tunnel section damaged by water, the city said. "
    "Trains run every {{four minutes}} between {{06:00}} and {{23:00}}.",
)

F(
    "Rice exports",
    "HANOI - Vietnam's rice export earnings rose {{12%}} in the first {{nine months}} of the year to {{$4.9 billion}}, the customs office said, as the average export price climbed to {{$627}} a tonne. "
    "The Philippines bought {{44%}} of the total.",
)
