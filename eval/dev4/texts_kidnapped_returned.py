"""dev4 texts: kidnapped (abducted, hostages, captives) and returned (returnees, deportations, pushbacks), with their contrasts.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

# ====================================================================== kidnapped and contrasts

F(
    "Kuriga school raid: pupils and teachers snatched at morning assembly",
    "Gunmen on motorbikes seized [[287 pupils and teachers|kidnapped;a=a teacher who escaped;n=pupils and teachers]] during morning assembly at the government school in Kuriga, a teacher who escaped said, although the state governor later gave a lower figure of [[about 250|kidnapped;a=the state governor]]. "
    "[[Twenty-five of the children|kidnapped;a=the teacher;alt=a teacher who escaped]] slipped away from their captors in the forest and walked back, the teacher said.",
)

F(
    "Archdiocese says gang frees six nuns seized from a minibus",
    "A gang freed [[six nuns|kidnapped;a=the archdiocese of Port-au-Prince]] and [[two other hostages|kidnapped;a=the archdiocese of Port-au-Prince]] held since {{January 19}}, the archdiocese of Port-au-Prince said on {{Friday}}. "
    "The kidnappers had demanded {{$3 million}}; the archdiocese said no ransom was paid.",
)

F(
    "Ten years on, Chibok families still wait for 82 daughters",
    "Of the [[276 schoolgirls|kidnapped;a=the Bring Back Our Girls campaign]] seized from their dormitory in Chibok in {{April 2014}}, [[82|kidnapped;a=the Bring Back Our Girls campaign]] are believed to still be in captivity, the Bring Back Our Girls campaign said on the {{tenth anniversary}}. "
    "[[Fifty-seven|kidnapped]] jumped from the trucks in the first hours, and the rest were freed in batches or found by the army.",
)

F(
    "Live: Nuseirat raid frees captives as Gaza toll climbs",
    "{{09:12}} – The army says [[four hostages|kidnapped;a=The army]] were rescued alive in a raid on Nuseirat. "
    "{{10:40}} – Gaza's health ministry says [[at least 210 Palestinians|killed;a=Gaza's health ministry]] were killed in the operation and [[more than 400|injured;a=Gaza's health ministry]] injured. "
    "{{12:05}} – The Hostages Families Forum says [[116 hostages|kidnapped;a=The Hostages Families Forum]] remain in Gaza, including [[about 40|killed;a=the military]] whom the military has declared dead.",
)

F(
    "Arauca: ELN frees a dozen hostages but holds soldiers",
    "The ELN released [[a dozen hostages|kidnapped;a=the ombudsman's office]] to a humanitarian commission in Arauca on {{Wednesday}}, the ombudsman's office said, while still holding [[at least 30 people|kidnapped;a=the ombudsman's office]], among them [[seven soldiers|kidnapped;a=the ombudsman's office]] captured in an ambush in {{August}}.",
)

F(
    "Women gathering leaves abducted near Arbinda, residents say",
    "Suspected jihadists abducted [[about 50 women|kidnapped;a=local residents]] who were gathering wild leaves outside Arbinda, local residents said, a rare mass kidnapping of women in Burkina Faso. "
    "[[Four|kidnapped]] managed to escape and walked back to the town. "
    "The government said on {{Friday}} that [[66 women and children|kidnapped;a=The government;n=women and children]] held by the group had been freed by the army.",
)

F(
    "Tamaulipas: armed men take migrants off a bus near the border",
    "Armed men snatched [[about 40 migrants|kidnapped;a=the state prosecutor's office]], most of them Venezuelans, from a bus outside Matamoros, the state prosecutor's office said. "
    "[[Thirty-one|kidnapped;a=soldiers]] were found alive two days later in a safe house and [[four men|arrested;a=soldiers]] were arrested, soldiers said. "
    "Soldiers also recovered [[two rifles|other]] and {{$1,500}} in cash.",
    ["two days"],
)

F(
    "Highway kidnappers free 11 travellers after Kogi ransom",
    "Kidnappers released [[11 travellers|kidnapped;a=relatives]] seized on the Lokoja-Abuja highway after families paid a ransom of {{20 million naira}}, relatives said. "
    "Police said they had arrested [[three suspects|arrested;a=Police]] and rescued [[two more captives|kidnapped;a=Police]] from a forest camp near Okene.",
)

F(
    "Bamenda separatists let 30 abductees go",
    "Anglophone separatists released [[30 abductees|kidnapped;a=the governor of the North-West region]], including [[a dozen students|kidnapped;a=the governor of the North-West region]], the governor of the North-West region said, while [[about 15|kidnapped;a=the governor of the North-West region]] remain in their hands. "
    "The army said it had killed [[five separatist fighters|killed;a=The army]] in an operation near Bafut.",
)

F(
    "Mambasa: captives of the ADF freed in joint raid",
    "Congolese and Ugandan troops freed [[more than 50 captives|kidnapped;a=the army]] held by ADF rebels in Ituri's Mambasa territory, the army said, and killed [[nine rebels|killed;a=the army]] in the raid. "
    "Many of those freed had been held for over {{a year}} and made to carry loot, a local civil society leader said.",
)

F(
    "UN: Haiti kidnappings pass 1,100 in half a year",
    "[[At least 1,100 people|kidnapped;a=the UN]] were kidnapped in Haiti in the first {{six months}} of the year, the UN said, while [[more than 3,200|killed;a=the UN]] were killed in gang violence. "
    "Most victims were freed after relatives paid ransoms of between {{$5,000}} and {{$200,000}}.",
)

F(
    "JNIM fighters stop buses on the Boni road, passengers held",
    "JNIM fighters stopped [[three buses|other;a=a transport union official]] on the road between Boni and Douentza and took [[about 100 passengers|kidnapped;a=a transport union official]] hostage, a transport union official said. "
    "[[Twenty men|kidnapped;a=a transport union official]] were still being held on {{Monday}}, he said, while women and children had been let go.",
)

F(
    "Exchange deal: 33 Israeli hostages for some 1,900 Palestinians",
    "Under the first phase of the deal, Hamas freed [[33 hostages|kidnapped;a=mediators]] in exchange for [[about 1,900 Palestinian prisoners|other;a=mediators]], mediators said. "
    "Israel's prison service said [[1,167 of those released|other;a=Israel's prison service]] had been detained in Gaza during the war.",
)

F(
    "Save the Children: Cabo Delgado insurgents abducted 120 children",
    "Save the Children said insurgents had abducted [[at least 120 children|kidnapped;a=Save the Children]] in Cabo Delgado so far this year, some of whom were forced to fight. "
    "The charity said [[more than 34,000 children|displaced;a=The charity;alt=Save the Children]] had been uprooted by attacks in {{May}} and {{June}}.",
)

F(
    "Yazidis still in captivity: Sinjar office updates figures",
    "The Kurdistan Region's office for abducted Yazidis says [[6,417 Yazidis|kidnapped;a=The Kurdistan Region's office for abducted Yazidis]] were taken by Islamic State in {{2014}}, of whom [[3,587|kidnapped;a=The Kurdistan Region's office for abducted Yazidis]] have been rescued or escaped. "
    "[[About 2,600|missing;a=the office]] remain missing, the office said.",
)

F(
    "Worshippers taken from mosque in Zurmi during dawn prayers",
    "Bandits on motorcycles surrounded a mosque in Zurmi during dawn prayers and took away [[at least 40 worshippers|kidnapped;a=a local council official]], a local council official said. "
    "Police said they had rescued [[19 of the abducted worshippers|kidnapped;a=Police]] on {{Sunday}} after a gunfight in which [[two officers|killed;a=Police]] died.",
)

F(
    "Aid workers seized near Tillaberi, NGO says",
    "[[Seven aid workers|kidnapped;a=the NGO]] from a Nigerien NGO were seized by unidentified gunmen on the road to Ouallam, the NGO said, adding that their [[two vehicles|other;a=the NGO]] were later found burned. "
    "Niger's interior ministry said separately that [[14 kidnapping suspects|arrested;a=Niger's interior ministry]] had been arrested in the region since {{January}}.",
)

F(
    "Sixteen snatched from Abuja estate in late-night raid",
    "Gunmen broke into homes in the Bwari area of Abuja shortly before {{midnight}} and snatched [[16 residents|kidnapped;a=police]], among them [[six members|kidnapped;a=police]] of one family, police said. "
    "Police said they had deployed [[60 tactical officers|combatants;a=Police]] to comb the forest.",
)

F(
    "Colombia: dissidents hold 28 soldiers taken in Cauca standoff",
    "FARC dissidents and residents they mobilised surrounded a patrol in El Plateado and held [[28 soldiers|kidnapped;a=the defence ministry]] for two days before freeing them, the defence ministry said. "
    "The ministry said [[some 1,200 troops|combatants;a=The ministry;alt=the defence ministry]] had been sent to the area in October.",
    ["two days", "October"],
)

F(
    "Kidnapped Thai farm workers freed after 15 months",
    "[[Five Thai farm workers|kidnapped;a=Thailand's foreign ministry]] taken hostage in southern Israel on {{October 7}} were freed by Hamas, Thailand's foreign ministry said, after being held for {{15 months}}. "
    "[[Thirty-one Thai nationals|kidnapped;a=the ministry;alt=Thailand's foreign ministry]] have now been released, and [[46|killed;a=the ministry;alt=Thailand's foreign ministry]] were killed in the attack, the ministry said.",
)

F(
    "Ransom economy: Zamfara villages pay to bring captives home",
    "Villagers in Tsafe district have paid more than {{60 million naira}} to free [[about 70 captives|kidnapped;a=community leaders]] since {{March}}, community leaders said, while [[at least 20|kidnapped;a=community leaders]] are still held in the Kuyambana forest. "
    "[[Three captives|killed;a=community leaders]] were killed after their families could not raise the money, they said.",
)

F(
    "Papua rebels free New Zealand pilot after 19 months",
    "West Papua rebels released a New Zealand pilot they had held captive for {{19 months}}, Indonesian police said. "
    "During the operations to free him, [[at least 13 Indonesian soldiers|killed;a=military records]] were killed, according to military records, and [[about 7,000 villagers|displaced;a=a church group]] fled the fighting in Nduga, a church group estimated.",
)

F(
    "Sudan: women seized from Wad Madani by RSF, rights monitors say",
    "The Sudan Doctors Network said RSF fighters had seized [[at least 25 women|kidnapped;a=The Sudan Doctors Network]] from homes in Wad Madani and taken them to unknown locations. "
    "[[More than 150,000 people|displaced;a=IOM]] have fled the city since the paramilitaries entered it, IOM said.",
)

# ====================================================================== returned and contrasts

F(
    "UNHCR counts Syrian returns from neighbours since December",
    "[[More than 400,000 Syrians|returned;a=UNHCR]] have returned from neighbouring countries since the fall of the former government in {{December}}, UNHCR said on {{Tuesday}}, while [[about 1.1 million internally displaced people|returned;a=UNHCR]] have gone back to their areas of origin. "
    "The agency said [[some 6 million Syrian refugees|displaced;a=The agency;alt=UNHCR]] are still abroad.",
)

F(
    "Torkham crossing: deportations from Pakistan quicken",
    "[[More than 30,000 Afghans|returned;a=the International Organization for Migration]] were deported or returned under pressure from Pakistan last week, the International Organization for Migration said, bringing to [[over 800,000|returned;a=the International Organization for Migration]] the number who have gone back since {{September 2023}}. "
    "At the Torkham crossing, [[about 1,500 people a day|returned;a=border officials]] are arriving with their belongings on trucks, border officials said.",
)

F(
    "Islam Qala: Iranian guards push thousands of Afghans back over the border",
    "Iranian border guards pushed back [[some 5,000 Afghans|returned;a=the Taliban's refugee ministry]] through the Islam Qala crossing on {{Tuesday}} alone, the Taliban's refugee ministry said, many of them without papers. "
    "The UN says [[1.5 million Afghans|returned;a=The UN]] have returned or been returned from Iran this year, and that [[at least 500 unaccompanied children|returned;a=The UN]] were among them in {{June}}.",
)

F(
    "NGOs accuse Greek coast guard of towing asylum seekers toward Turkey",
    "The Greek coast guard pushed back [[about 60 asylum seekers|other;a=two NGOs]], mostly Syrians and Afghans, toward Turkish waters off Lesbos, two NGOs said, citing video footage. "
    "Turkey's coast guard said it had picked up [[58 people|other;a=Turkey's coast guard]] from [[two life rafts|other;a=Turkey's coast guard]] in the area.",
)

F(
    "Kherson oblast: IOM tallies spontaneous returns as shelling goes on",
    "IOM says it has recorded [[about 4.5 million returns|returned;a=IOM]] inside Ukraine since {{2022}}, many of them spontaneous returns to areas that are still shelled, such as Kherson. "
    "In Kherson city, [[some 70,000 residents|civilians;a=the city administration]] remain out of a pre-war population of [[about 280,000|civilians;a=the city administration]], the city administration said.",
)

F(
    "Dollo Ado: first convoy of voluntary returns to Somalia",
    "UNHCR helped [[2,300 Somali refugees|returned;a=UNHCR]] go back home from camps in Ethiopia's Dollo Ado in the first convoy of voluntary return this year, UNHCR said, and plans to help [[another 10,000|returned;p;a=UNHCR]] return by {{December}}. "
    "Each family receives a cash grant of {{$150}} and food for {{three months}} on arrival.",
)

F(
    "Hundreds of thousands walk north along Gaza's coast road",
    "[[More than 500,000 people|returned;a=the UN]] have crossed back into northern Gaza since the Netzarim corridor opened, the UN said, many walking for hours along the coast road to find their homes destroyed. "
    "[[About 1,600 trucks|aid;a=the UN agency;alt=the UN]] of aid entered the strip in the first {{three days}}, the UN agency added.",
)

F(
    "Sinjar: families come back as camps in Duhok begin to close",
    "[[About 900 families|returned;a=IOM]] have come back to Sinjar since {{January}}, IOM said, as the Iraqi government moves to close the camps in Duhok where [[some 200,000 Yazidis|displaced;a=IOM]] still live. "
    "[[More than 180 houses|housing;a=the mayor of Sinjar]] have been rebuilt with the help of donors, the mayor of Sinjar said.",
)

F(
    "Nigeriens sent back across the desert from Libya and Algeria",
    "Libyan authorities deported [[about 700 Nigerien migrants|returned;a=the Alarm Phone Sahara network]] to Niger in a convoy of [[22 trucks|other;a=the Alarm Phone Sahara network]] last week, the Alarm Phone Sahara network said. "
    "Algeria expelled [[more than 31,000 people|other;a=the network]] of many nationalities into the Nigerien desert last year, leaving them at the border post known as Point Zero, the network said.",
)

F(
    "Deportation flight lands in Guatemala City with 135 aboard",
    "A US deportation flight landed in Guatemala City on {{Thursday}} with [[135 Guatemalans|returned;a=the Guatemalan Migration Institute]] on board, [[19|returned;a=the Guatemalan Migration Institute]] of them unaccompanied minors, the Guatemalan Migration Institute said. "
    "It was the {{fourth}} flight of the week.",
)

F(
    "Joda crossing: South Sudanese returnees and Sudanese refugees mix at the border",
    "[[About 1,500 people|displaced;a=UNHCR]] cross at Joda every day, [[about 1,100|returned;a=UNHCR]] of them South Sudanese returnees and the rest Sudanese refugees, UNHCR said. "
    "In Renk, [[more than 20,000 returnees|returned;a=IOM]] are waiting at the transit centre for onward transport, IOM said, in a site built for [[3,000|capacity;a=IOM]].",
)

F(
    "Djibo: residents return after army reopens road",
    "[[About 5,000 people|returned;a=the mayor's office]] went back to Djibo in the {{two weeks}} after the army reopened the road from Kaya, the mayor's office said. "
    "The town, which was under blockade for {{almost two years}}, still hosts [[more than 300,000 displaced people|displaced]].",
)

F(
    "Lebanon truce: half a million return south within two days",
    "[[More than 500,000 Lebanese|returned;a=the disaster management committee]] went back to the south and the Bekaa in the {{48 hours}} after the truce took effect, the disaster management committee said, while [[about 100,000|displaced;a=the disaster management committee]] remain in collective shelters. "
    "The army said it had cleared [[hundreds of unexploded shells|other;a=The army]] from roads in the south.",
)

F(
    "Pilot repatriation: Bangladesh and Myanmar agree on 1,100 Rohingya",
    "Bangladesh and Myanmar agreed to repatriate [[1,100 Rohingya refugees|returned;p;a=a Bangladeshi official]] to Rakhine state in a pilot project, a Bangladeshi official said, though refugee leaders said few were willing to go. "
    "[[About 1 million Rohingya|displaced]] live in the camps of Cox's Bazar.",
)

F(
    "Kitchanga: displaced families go home after rebels pull out",
    "[[More than 3,200 households|returned;a=the local civil society coordination]] have returned to Kitchanga since the M23 withdrew from the town, the local civil society coordination said. "
    "Many found their homes looted, and [[about 400 houses|housing;a=the local civil society coordination]] had been burned, it said.",
    ["M23"],
)

F(
    "Tselemti IDPs go home under federal-Tigray agreement",
    "[[About 50,000 internally displaced people|returned;a=the Tigray interim administration]] returned to their homes in Tselemti in the first phase of the return process, the Tigray interim administration said, and [[a further 30,000|returned;p;a=the Tigray interim administration]] are to follow in the second phase.",
    ["first", "second"],
)

F(
    "Jaffna: Tamil families move back onto land released by the army",
    "[[Some 370 families|returned;a=the district secretary]] have moved back onto land in Jaffna that the army had held since the war, after it released {{about 110 acres}}, the district secretary said. "
    "[[About 2,000 families|displaced;a=the district secretary]] from the area still live in [[31 welfare centres|capacity;a=the district secretary]] or with relatives, he said.",
)
