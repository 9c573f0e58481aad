"""dev17 texts: Africa: Sudan, South Sudan, Chad; Ethiopia, Somalia, Kenya; Nigeria, the Sahel; the
Great Lakes, Central and Southern Africa.
"""

from figset import F

# ---------------------------------------------------------------- Africa: Sudan, South Sudan, Chad

F(
    "Sudan: RSF attack on Zamzam camp kills hundreds",
    "Rapid Support Forces fighters stormed Zamzam displacement camp near El Fasher over the weekend, killing [[more than 400 people|killed;a=the UN]], according to the UN. "
    "[[Between 400,000 and 450,000 people|displaced;a=the International Organization for Migration]] fled the camp in the days that followed, the International Organization for Migration said, most of them towards Tawila. "
    "[[Nine aid workers|killed;a=the charity;alt=Relief International]] from Relief International were among the dead, the charity said.",
)

F(
    "Sudan war has displaced 12 million, IOM says",
    "[[More than 12 million people|displaced;a=the International Organization for Migration]] have been forced from their homes since war broke out between the army and the RSF in {{April 2023}}, the International Organization for Migration said on Tuesday. "
    "[[About 3 million of them|displaced;n=-;a=the International Organization for Migration]] have crossed into neighbouring countries, mainly Chad, Egypt and South Sudan. "
    "[[Some 25 million people|civilians;a=the World Food Programme]] face acute hunger, the World Food Programme said.",
)

F(
    "Sudan: shelling of El Fasher market kills 30",
    "Artillery shells fired by the RSF hit the main market in El Fasher on Sunday, killing [[30 people|killed;a=the El Fasher Resistance Committees]] and wounding [[dozens|injured;a=the El Fasher Resistance Committees]], the El Fasher Resistance Committees said. "
    "Doctors at the Saudi Hospital, the last functioning hospital in the city, said they received [[47 wounded|injured;n=wounded;a=Doctors at the Saudi Hospital]], [[nine of them|injured;n=-;a=Doctors at the Saudi Hospital]] children.",
)

F(
    "Chad: 600,000 Sudanese refugees arrive since start of war",
    "[[More than 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since the start of the war, UNHCR said, joining [[about 400,000|displaced;a=UNHCR]] who were already there from earlier crises. "
    "Adre, a border town of [[40,000 residents|civilians;a=the agency;alt=UNHCR]], now hosts [[over 230,000 refugees|displaced;a=the agency;alt=UNHCR]] in makeshift shelters, the agency said.",
)

F(
    "Sudan: 2,000 families flee Wad Madani fighting",
    "[[About 2,000 families|displaced;a=the state's humanitarian aid commission]] fled villages east of Wad Madani after RSF fighters looted homes and killed [[at least 11 farmers|killed;a=the state's humanitarian aid commission]], the state's humanitarian aid commission said. "
    "[[Hundreds of families|displaced]] were sleeping under trees near the town of Al-Fao.",
)

F(
    "South Sudan: cattle raid in Jonglei leaves 74 dead",
    "Armed youths from Pibor attacked cattle camps in Jonglei state, killing [[74 people|killed;a=the state information minister]] and abducting [[17 women and children|kidnapped;n=women and children;a=the state information minister]], the state information minister said. "
    "The attackers made off with [[some 5,000 head of cattle|other;n=cattle;u=other;a=the state information minister]], he said. "
    "[[Another 31|injured]] were taken to Bor hospital.",
)

F(
    "South Sudan: UN base shelters 37,000 after Malakal clashes",
    "[[About 37,000 displaced people|displaced;a=the UN mission]] are now sheltering at the UN protection site in Malakal after fighting in the town, the UN mission said. "
    "[[At least 20 people|killed;a=Doctors Without Borders]] were killed and [[more than 60|injured;a=Doctors Without Borders]] wounded inside the site when gunmen attacked it in {{February 2016}}, Doctors Without Borders said.",
)

F(
    "South Sudan: returnees from Sudan stranded at Renk",
    "[[More than 20,000 people|displaced;a=the IOM]] are stranded at a transit centre in Renk, waiting for transport south, the IOM said. "
    "The centre was built for [[3,000|capacity]]. "
    "Since {{April}}, [[over 600,000 South Sudanese|returned;a=the agency;alt=the IOM]] have come back from Sudan, the agency said.",
)

# ---------------------------------------------------------------- Ethiopia, Somalia, Kenya

F(
    "Ethiopia: drone strike in Amhara kills 30, witnesses say",
    "A drone strike on a town square in Finote Selam in Ethiopia's Amhara region killed [[at least 30 people|killed;a=two witnesses and a health worker]], two witnesses and a health worker told Reuters. "
    "[[Some 55 others|injured;a=The health worker;alt=a health worker]] were wounded, The health worker said. "
    "The military has been fighting Fano militiamen in the region since {{August}}.",
)

F(
    "Ethiopia: Tigray aid blockade leaves 5.2 million in need",
    "[[About 5.2 million people|civilians;a=the UN]] in Tigray need food aid, the UN said, but only [[320 trucks|aid;a=the UN]] have reached the region in a month, against the [[100 trucks a day|aid;p;a=the UN]] it says are required. "
    "[[At least 1.8 million|displaced]] have been driven from their homes by the war.",
)

F(
    "Ethiopia: Oromia gunmen kill villagers in Gimbi",
    "Gunmen attacked ethnic Amhara villages in Gimbi district of western Oromia, killing [[more than 200 people|killed;a=Amnesty International]], Amnesty International said, citing witnesses. "
    "Residents said they had buried [[230 bodies|killed;a=Residents]] in mass graves, and that [[about 2,000|displaced;a=Residents]] had fled to a nearby town.",
)

F(
    "Somalia: al-Shabaab truck bombs in Mogadishu kill 121",
    "Two car bombs exploded at a busy junction near the Education Ministry in Mogadishu on Saturday, killing [[at least 121 people|killed;a=President Hassan Sheikh Mohamud]] and wounding [[at least 300|injured;a=President Hassan Sheikh Mohamud]], President Hassan Sheikh Mohamud said. "
    "Al-Shabaab claimed the attack.",
)

F(
    "Somalia: US strike kills 13 al-Shabaab fighters",
    "A US air strike near Jilib killed [[13 al-Shabaab fighters|killed;a=US Africa Command]], US Africa Command said in a statement, adding that no civilians were hurt.",
)

F(
    "Somalia: army retakes towns in Hiiraan, says 100 militants killed",
    "Somali troops backed by clan militias retook [[four towns|other;a=the government]] from al-Shabaab in Hiiraan region this week and killed [[more than 100 militants|killed;a=the government]], the government said. "
    "[[Seven soldiers|killed;a=A local commander]] died in the fighting, A local commander told the Voice of America.",
)

F(
    "Kenya: finance bill protests leave 39 dead",
    "[[Thirty-nine people|killed;a=the Kenya National Commission on Human Rights]] have been killed and [[361|injured;a=the Kenya National Commission on Human Rights]] injured in protests against the finance bill, the Kenya National Commission on Human Rights said. "
    "It said [[627 protesters|arrested;a=the Kenya National Commission on Human Rights]] had been arrested and [[32|missing;a=the Kenya National Commission on Human Rights]] were reported missing or abducted.",
)

F(
    "Kenya: al-Shabaab raid on Mpeketoni kills 48",
    "Gunmen from al-Shabaab stormed the coastal town of Mpeketoni near Lamu on Sunday evening, killing [[at least 48 people|killed;a=the Kenya Red Cross]], the Kenya Red Cross said. "
    "They set fire to a hotel, a police station and several vehicles before fleeing into the forest.",
)

# ---------------------------------------------------------------- Nigeria, Sahel

F(
    "Nigeria: gunmen kill 100 in Plateau villages",
    "Gunmen attacked [[17 villages|other;a=Bokkos local government chairman Monday Kassah]] in Plateau state over Christmas Eve, killing [[at least 113 people|killed;a=Bokkos local government chairman Monday Kassah]], Bokkos local government chairman Monday Kassah said. "
    "[[More than 300|injured;a=Plateau state officials]] were taken to hospitals in Bokkos, Jos and Barkin Ladi, and [[221 houses|housing;a=Plateau state officials]] were burned, Plateau state officials said.",
)

F(
    "Nigeria: 287 pupils abducted from school in Kuriga",
    "Gunmen on motorcycles abducted [[287 pupils|kidnapped;a=teachers]] and a teacher from a school in Kuriga in Kaduna state on Thursday morning, teachers said. "
    "[[Twenty-five children|kidnapped;a=the state governor]] escaped, the state governor said after visiting the school.",
)

F(
    "Nigeria: army says freed 137 Kuriga hostages",
    "The Nigerian army said it had freed [[137 hostages|kidnapped;a=The Nigerian army]] abducted from a school in Kuriga, [[76 of them|kidnapped;n=-;a=The Nigerian army]] children, without saying whether a ransom was paid. "
    "Local officials had earlier put the number of those taken at [[287|kidnapped;a=Local officials]].",
)

F(
    "Nigeria: Boko Haram kills 110 farmers in Borno rice fields",
    "Boko Haram fighters tied up and slit the throats of [[at least 110 farm workers|killed;a=the UN humanitarian coordinator]] in rice fields near Koshobe village in Borno state, the UN humanitarian coordinator said. "
    "[[Six others|injured;a=the UN humanitarian coordinator]] were wounded, and several women may have been abducted, he said.",
)

F(
    "Nigeria: police arrest 600 in #EndSARS unrest",
    "Police in Lagos said they had arrested [[520 people|arrested;a=Police in Lagos]] suspected of looting and arson during the unrest that followed the shooting of protesters at the Lekki toll gate. "
    "[[Eleven police stations|housing;u=structure;n=stations;a=Amnesty International]] were burned in the city, and [[at least 12 protesters|killed;a=Amnesty International]] were shot dead by soldiers and police in Lekki and Alausa, according to Amnesty International.",
)

F(
    "Nigeria: displaced return to Bama as camps close",
    "[[Some 5,000 displaced people|returned;a=the Borno state government]] have been moved back to Bama from camps in Maiduguri, the Borno state government said, after the town was rebuilt with [[1,000 new houses|housing;a=the Borno state government]]. "
    "[[About 1.8 million people|displaced]] remain displaced in the northeast.",
)

F(
    "Burkina Faso: Barsalogho massacre toll",
    "Jihadists from JNIM attacked civilians digging trenches around the town of Barsalogho, killing [[at least 400 people|killed;a=security sources]], security sources told AFP, in one of the deadliest attacks in Burkina Faso's history. "
    "The group claimed to have killed [[300 members|killed;a=The group]] of a pro-government militia.",
)

F(
    "Burkina Faso: 2 million displaced, schools closed",
    "[[More than 2 million people|displaced;a=the national emergency relief council]] are now internally displaced in Burkina Faso, the national emergency relief council said. "
    "[[Over 6,100 schools|other;a=the Education Ministry]] are closed because of insecurity, affecting [[about 1 million pupils|civilians;a=the Education Ministry]], the Education Ministry said.",
)

F(
    "Mali: dozens killed in attack on Bamako gendarmerie school",
    "JNIM militants attacked a gendarmerie training school and the military airport in Bamako on Tuesday, killing [[more than 70 people|killed;a=security sources]], security sources said, and wounding [[about 200|injured;a=security sources]]. "
    "The army said it had arrested [[20 suspects|arrested;a=The army]].",
)

F(
    "Mali: Fulani village attack kills 160",
    "Gunmen wearing hunters' garb attacked the Fulani village of Ogossagou in central Mali, killing [[at least 160 people|killed;a=the UN]], including women and children, the UN said.",
)

F(
    "Niger: soldiers killed in ambush near Malian border",
    "[[Twenty-nine soldiers|killed;a=the Defence Ministry]] were killed when [[hundreds of jihadists|combatants;a=the Defence Ministry]] ambushed their unit near Tassia in western Niger, the Defence Ministry said. "
    'The army said it had "neutralised" [[dozens of terrorists|killed;a=The army]] in the counterattack.',
)

F(
    "Niger: 270 Malian refugees flee to Tillabery",
    "[[About 270 refugees|displaced;a=UNHCR]] from Mali's Menaka region have crossed into Niger's Tillabery region this week, UNHCR said, bringing the number of refugees in the area to [[some 60,000|displaced;a=UNHCR]].",
)

F(
    "Benin: soldiers killed in attack on park post",
    "[[Twenty-eight soldiers|killed;a=the army chief of staff]] were killed when jihadists attacked two army positions in W National Park in northern Benin, the army chief of staff said. "
    "The attackers lost [[about 40 men|killed;a=the army chief of staff]], he said.",
)

# ---------------------------------------------------------------- Great Lakes, Central and Southern Africa

F(
    "DRC: M23 advance on Goma sends thousands fleeing",
    "[[Tens of thousands of people|displaced;a=the UN humanitarian office]] fled camps and villages west of Goma as {{M23}} rebels advanced on the city, the UN humanitarian office said. "
    "[[At least 700 people|killed;a=the government]] were killed and [[2,800|injured;a=the government]] wounded in the fighting for Goma, according to the government. "
    "[[Thirteen peacekeepers|killed]] from South Africa, Malawi and Uruguay were among the dead.",
)

F(
    "DRC: ADF attack on church in Komanda kills 43",
    "Rebels of the Allied Democratic Forces attacked a Catholic church in Komanda, Ituri province, during an overnight vigil, killing [[at least 43 people|killed;a=a local civil society coordinator]], a local civil society coordinator said. "
    "Several houses and shops were burned. "
    "The army put the toll at [[21|killed;a=The army]].",
)

F(
    "DRC: 7 million displaced, a record, IOM says",
    "The number of people displaced inside Congo has reached a record [[6.9 million|displaced;a=the International Organization for Migration]], the International Organization for Migration said, [[some 5.5 million of them|displaced;n=-;a=the International Organization for Migration]] in the eastern provinces of North Kivu, South Kivu, Ituri and Tanganyika.",
)

F(
    "DRC: 2,000 inmates escape Munzenze prison as rebels enter Goma",
    "[[More than 4,000 inmates|other;a=a UN official]] escaped from Goma's Munzenze prison as {{M23}} fighters entered the city, a UN official said. "
    "[[Hundreds of women|killed;a=the official;alt=a UN official]] held in the prison's women's wing were raped and then burned to death when a fire broke out, the official said.",
)

F(
    "DRC: Ituri militia attack on displacement camp kills 60",
    "CODECO militiamen armed with machetes and guns attacked the Plaine Savo displacement camp in Ituri overnight, killing [[at least 60 people|killed;a=the UN refugee agency]], the UN refugee agency said. "
    "The attackers burned [[more than 1,200 shelters|capacity;a=the UN refugee agency]] in the camp, forcing [[24,000 people|displaced;a=the UN refugee agency]] to flee to a nearby Congolese army base, it said.",
)

F(
    "Mozambique: Palma attack leaves dozens dead",
    "Islamist insurgents who stormed the town of Palma in Cabo Delgado killed [[dozens of people|killed;a=the government]], the government said, and [[about 11,000|displaced;a=the UN humanitarian office]] fled, according to the UN humanitarian office. "
    "[[About 180 people|civilians]] were trapped for two days in the Amarula hotel before a convoy tried to break out.",
)

F(
    "Mozambique: nearly 1 million displaced by Cabo Delgado conflict",
    "[[Nearly 950,000 people|displaced;a=the IOM]] are displaced by the insurgency in Cabo Delgado, the IOM said. "
    "[[Some 420,000|returned;a=the agency;alt=the IOM]] have gone back to their home districts since Rwandan troops deployed in {{2021}}, the agency said, but many found their homes destroyed.",
)

F(
    "Central African Republic: rebels kill 40 in Bria clashes",
    "Clashes between rival armed groups in the central town of Bria have killed [[at least 40 people|killed;a=Doctors Without Borders]], Doctors Without Borders said, and [[nearly 20,000|displaced;a=Doctors Without Borders]] have taken refuge near a UN base. "
    "The group treated [[more than 100 wounded|injured;n=wounded;a=The group;alt=Doctors Without Borders]] at its hospital, The group said.",
)

F(
    "Cameroon: separatists kill 20 in Anglophone region",
    "Suspected separatist fighters killed [[at least 20 people|killed;a=local officials]] in an overnight attack on Egbekaw village near Mamfe in the Southwest region, local officials said. "
    "[[10 to 15 people|injured]] were wounded and several homes were set on fire.",
)

F(
    "Cameroon: 700,000 children out of school in Anglophone regions",
    "[[More than 700,000 children|civilians;a=UNICEF]] are out of school in Cameroon's Northwest and Southwest regions because of the separatist conflict, UNICEF said. "
    "[[About 80 schools|housing;a=the agency;alt=UNICEF]] were attacked or burned in the past year, the agency said.",
)

F(
    "Burundi: refugees head home from Tanzania",
    "[[About 2,000 Burundian refugees a week|returned;a=UNHCR]] are being repatriated from camps in Tanzania under a voluntary return programme, UNHCR said. "
    "[[More than 130,000|returned;a=UNHCR]] have gone home since {{September 2017}}, while [[some 160,000|displaced;a=UNHCR]] remain in Tanzania, it said.",
)

F(
    "Libya: clashes in Tripoli kill 32",
    "Clashes between rival armed groups in Tripoli killed [[32 people|killed;a=the Health Ministry]] and wounded [[159|injured;a=the Health Ministry]], the Health Ministry said on Sunday. "
    "[[Sixty-four families|displaced;a=the Libyan Red Crescent]] were evacuated from the area around the fighting, the Libyan Red Crescent said.",
)

F(
    "Libya: migrants detained after Tajoura airstrike",
    "An air strike on a migrant detention centre in Tajoura killed [[at least 53 people|killed;a=the UN]] and wounded [[130|injured;a=the UN]], the UN said. "
    "[[About 600 migrants|arrested]] were held at the centre at the time of the strike.",
)
