"""Build eval/dev4/figures.jsonl from the hand-written texts below.

A fourth tuning set for the figure extractor. It stresses the figure categories that are hardest
to tell apart (combatants, kidnapped, returned, arrested, other), mixed with displaced, killed,
injured and the rest. The span parser, the unit helper and the validator are shared with the
other figure sets, in eval/figset/; this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed) with ids
"k0001"...  Only figures.jsonl is written: this set has no conflict part.

    python eval/dev4/build.py            # write figures.jsonl and validate it
    python eval/dev4/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev4", Path(__file__).resolve().parent, "k", 5)

# ====================================================================== texts

# ====================================================================== combatants and contrasts

F(
    "Mali airlifts troops to Menaka after militants overrun outpost",
    "Mali's army said on {{Wednesday}} it had airlifted [[about 1,200 soldiers|combatants;a=Mali's army]] to Menaka after militants overran an outpost north of the town, killing [[17 troops|killed;a=Mali's army]] and taking [[four|kidnapped;a=Mali's army]] captive. "
    "The attackers, [[some 300 fighters|combatants;a=a local elected official]] on motorbikes according to a local elected official, also burned [[11 army vehicles|other;a=a local elected official]].",
)

F(
    "Zamfara: police send 3,000 officers after Maradun killings",
    "Police headquarters in Abuja said it was deploying [[3,000 additional officers|combatants;a=Police headquarters in Abuja]] to Zamfara state, a day after bandits killed [[at least 38 villagers|killed;a=Police headquarters in Abuja]] in Maradun district. "
    "Residents said the attackers, [[more than 100 gunmen|combatants;a=Residents]], rode into [[three hamlets|other;a=Residents;u=other]] and abducted [[dozens of women|kidnapped;a=Residents]].",
)

F(
    "Africa Corps fighters gather at former UN base in Tessalit, monitor says",
    "Russia's Africa Corps has gathered [[between 1,500 and 2,000 fighters|combatants;a=the Sahel Security Monitor]] at the former UN base in Tessalit, the Sahel Security Monitor said in a report on {{Monday}}, alongside [[roughly 40 armoured vehicles|other;a=the Sahel Security Monitor]]. "
    "The group has lost [[at least 60 men|killed;a=the monitor;alt=the Sahel Security Monitor]] in northern Mali since {{July 2024}}, the monitor estimated.",
)

F(
    "Defence ministry summons reservists before a Gaza City push",
    "The military said it would issue call-up orders to [[60,000 reservists|combatants;p;a=The military]] in the coming weeks and extend the service of [[another 20,000|combatants;p;a=The military]] already on duty. "
    "Gaza's health ministry said [[at least 62 people|killed;a=Gaza's health ministry]] were killed in strikes across the territory on {{Tuesday}}, and [[more than 200|injured;a=Gaza's health ministry]] were wounded.",
)

F(
    "Hiiraan clan militias join army push against al-Shabaab",
    "[[Some 2,000 clan fighters|combatants;a=Somalia's information minister]] known as macawisley have joined the army's offensive against al-Shabaab in Hiiraan, Somalia's information minister said, adding that troops had killed [[more than 70 militants|killed;a=Somalia's information minister]] and seized [[12 technicals|other;a=Somalia's information minister]]. "
    "The fighting has pushed [[about 9,000 families|displaced;a=local authorities]] into Beledweyne, according to local authorities.",
)

F(
    "Federal force rolls into Bahir Dar after Fano raid on airport",
    "The federal government has sent [[a 5,000-strong force|combatants;a=a government spokesman]] of soldiers and federal police into Bahir Dar and Gondar, a government spokesman said, after Fano militiamen briefly held the airport. "
    "Staff at Felege Hiwot hospital said they had received [[26 bodies|killed;a=Staff at Felege Hiwot hospital]] and treated [[about 70 wounded|injured;a=Staff at Felege Hiwot hospital]] since {{Saturday}}.",
)

F(
    "Kenyan-led Haiti mission edges toward 1,000 personnel",
    "The arrival of [[217 more Kenyan officers|combatants;a=the mission]] on {{Friday}} brings the Multinational Security Support mission to [[just under 1,000 personnel|combatants;a=the mission]], the mission said, well short of the [[2,500|combatants;p;a=the mission]] authorised by the Security Council. "
    "Gangs still control about {{85%}} of Port-au-Prince, and [[some 1,660 people|killed;a=the UN human rights office]] were killed in the first quarter, according to the UN human rights office.",
)

F(
    "Army intelligence puts ELN strength at about 6,000",
    "The ELN guerrilla group has [[about 6,000 members|combatants;a=army intelligence]], {{roughly half}} of them in urban networks, according to army intelligence, up from [[4,000|combatants;a=army intelligence]] in {{2020}}. "
    "Fighting between the ELN and FARC dissidents in Catatumbo has displaced [[more than 50,000 people|displaced;a=the ombudsman's office]] since {{January}}, the ombudsman's office said, and [[at least 80|killed;a=the ombudsman's office]] have been killed.",
)

F(
    "Adre witnesses describe young men crossing to join the RSF",
    "Witnesses in Adre said [[hundreds of young men|combatants;a=Witnesses in Adre]] had crossed from Chad in pickup trucks to join the Rapid Support Forces over the past week. "
    "A UN panel of experts estimated in its latest report that the RSF had recruited [[between 15,000 and 20,000 fighters|combatants;a=A UN panel of experts]] from neighbouring countries since the war began.",
)

F(
    "Live: Tripoli militias mobilise around Abu Salim",
    "{{14:10}} – Residents report [[dozens of armed vehicles|other;a=Residents]] moving toward the Abu Salim district. "
    "{{14:45}} – The Stabilisation Support Apparatus has mobilised [[some 800 fighters|combatants;a=a militia commander]], a militia commander told us. "
    "{{15:30}} – Health ministry: [[six dead|killed;a=Health ministry]] and [[23 wounded|injured;a=Health ministry]] so far. "
    "{{16:05}} – The emergency service says it has evacuated [[42 families|displaced;a=The emergency service]] from apartment blocks near the fighting.",
)

F(
    "Gourma governor says VDP volunteer ranks pass 4,000",
    "In the province of Gourma, [[more than 4,000 volunteers|combatants;a=the regional governor]] have been enrolled in the Volunteers for the Defence of the Homeland since the start of the year, the regional governor indicated during a ceremony in Fada N'Gourma. "
    "He said [[450 new recruits|combatants;a=the regional governor]] had received weapons and basic training in the past month. "
    "Meanwhile, [[about 16,000 displaced people|displaced;a=humanitarian sources]] have arrived in the town since {{March}}, according to humanitarian sources.",
)

F(
    "North Kivu: army estimate of rebel and Rwandan strength",
    "The Congolese army estimates that {{M23}} has [[around 6,500 fighters|combatants;a=The Congolese army]] in North Kivu, backed by [[3,000 to 4,000 Rwandan soldiers|combatants;a=UN experts]], according to UN experts. "
    "Kinshasa has brought in [[more than 1,500 Burundian troops|combatants]] to fight alongside its own forces, and the fighting has forced [[over 700,000 people|displaced]] from their homes since {{January}}.",
)

F(
    "UNIFIL says blue helmets hurt as Lebanese army plans southern deployment",
    "UNIFIL, the UN force in southern Lebanon, said [[15 peacekeepers|injured;a=UNIFIL]] had been hurt since {{October}} and that the mission still deploys [[about 10,000 troops|combatants;a=UNIFIL]] along the Blue Line. "
    "The Lebanese army said it would send [[another 1,500 soldiers|combatants;p;a=The Lebanese army]] to the south once a truce holds.",
)

F(
    "Twelve soldiers die in North Waziristan convoy ambush",
    "[[Twelve soldiers|killed;a=the military's media wing]] were killed and [[five|injured;a=the military's media wing]] wounded when militants ambushed a convoy near Mir Ali, the military's media wing said, adding that troops killed [[six of the attackers|killed;a=the military's media wing]]. "
    "A security official said the attackers had numbered [[around 40|combatants;a=A security official]] and had fled toward the Afghan border.",
)

F(
    "Kyiv says Russian soldiers taken prisoner in Kursk exceed 2,000",
    "Ukraine's military said its forces had taken [[more than 2,000 Russian soldiers|arrested;a=Ukraine's military]] prisoner since the start of the Kursk incursion, a number Moscow disputes. "
    "In the latest swap, brokered by the United Arab Emirates, [[103 Ukrainian servicemen|other]] were exchanged for the same number of Russians.",
)

F(
    "Rwandan troops report insurgent losses near Macomia",
    "Rwandan and Mozambican troops killed [[at least 30 insurgents|killed;a=Rwanda's defence force]] in an operation near Macomia, Rwanda's defence force said, estimating the remaining insurgent strength in Cabo Delgado at [[fewer than 300 fighters|combatants;a=Rwanda's defence force]]. "
    "Rwanda keeps [[about 4,000 troops|combatants]] in the province, where [[some 580,000 people|displaced;a=IOM]] remain displaced, according to IOM.",
)

F(
    "Philippine army says communist rebels down to 1,500 guerrillas",
    "The communist New People's Army has shrunk to [[about 1,500 guerrillas|combatants;a=the armed forces]], the armed forces said on {{Tuesday}}, from [[more than 25,000|combatants;a=the armed forces]] at its peak in the {{1980s}}. "
    "The military said [[47 rebels|killed;a=The military]] were killed in clashes last year and [[129|arrested;a=The military]] were arrested.",
)

F(
    "Nairobi braces for Saba Saba with mass police deployment",
    "Authorities deployed [[more than 10,000 police officers|combatants;a=the interior ministry]] across Nairobi on {{Monday}}, the interior ministry said, and blocked roads into the city centre with razor wire. "
    "Rights groups said [[31 people|killed;a=Rights groups]] were killed and [[over 500|arrested;a=Rights groups]] arrested during the protests, which police dispersed with tear gas and live rounds.",
)

F(
    "Ihiala checkpoint stormed by gunmen in night raid",
    "[[About 20 gunmen|combatants;a=a police spokesman in Awka]] stormed a police checkpoint in Ihiala late on {{Sunday}}, killing [[four officers|killed;a=a police spokesman in Awka]] and setting fire to [[two patrol vans|other;a=a police spokesman in Awka]], a police spokesman in Awka said. "
    "He said [[11 suspects|arrested;a=a police spokesman in Awka]] had been detained in a follow-up operation.",
)

F(
    "UN mission estimates Port-au-Prince gang membership at 12,000",
    "Haiti's gangs have [[an estimated 12,000 members|combatants;a=the UN Integrated Office in Haiti]], up to a third of them children, the UN Integrated Office in Haiti said in a report, adding that [[more than 300 children|combatants;a=the UN Integrated Office in Haiti]] had joined the Viv Ansanm coalition in the past three months alone.",
    ["a third", "three months"],
)

F(
    "UNICEF: Central Sahel armed groups recruited over 1,200 children",
    "[[At least 1,200 children|combatants;a=UNICEF]] were recruited and used by armed groups in Burkina Faso, Mali and Niger last year, UNICEF said, while [[more than 300 children|kidnapped;a=UNICEF]] were abducted and [[about 900|killed;a=UNICEF]] were killed.",
    [],
)

F(
    "Myanmar junta conscripts 14,000 under service law",
    "The junta plans to call up [[5,000 people a month|combatants;p;a=The junta]] under the conscription law it activated in {{February}}, and [[about 14,000 conscripts|combatants;a=state media]] have already completed training, state media reported. "
    "Rights groups say [[thousands of young men|displaced;a=Rights groups]] have fled to areas held by resistance forces or across the border to Thailand to avoid the draft.",
)

F(
    "Seoul spy agency revises toll among North Korean troops in Kursk",
    "South Korea's spy agency said [[about 11,000 North Korean soldiers|combatants;a=South Korea's spy agency]] had been deployed to Russia's Kursk region, of whom [[some 300|killed;a=South Korea's spy agency]] had been killed and [[2,700|injured;a=South Korea's spy agency]] wounded. "
    "[[Two North Korean soldiers|arrested;a=Kyiv]] captured by Ukrainian forces in {{January}} are being held in Kyiv, where they are being questioned by the security service, Kyiv said.",
)

F(
    "Army moves 500 soldiers into Yelwata after night of killings",
    "The army said it had deployed [[500 soldiers|combatants;a=The army]] to Yelwata after gunmen killed [[at least 20 villagers|killed;a=The army]] and burned [[dozens of homes|housing;a=The army]] overnight. "
    "Local officials put the toll at [[more than 100|killed;a=Local officials]], and said [[about 3,000 residents|displaced;a=Local officials]] had fled to the town of Daudu.",
)

F(
    "Fighters loyal to Saddam Haftar reported moving toward Fezzan",
    "[[Some 2,000 fighters|combatants;a=two sources in the Libyan National Army]] loyal to Saddam Haftar have moved south toward the Fezzan with [[about 150 pickups|other;a=two sources in the Libyan National Army]] mounted with machine guns, two sources in the Libyan National Army told Reuters. "
    "Smugglers in Ubari said [[a few thousand migrants|civilians;a=Smugglers in Ubari]] were stuck in the town, unable to move north.",
)

F(
    "Paris orders extra gendarmes to Noumea as riots continue",
    "France is sending [[a further 1,000 gendarmes and police|combatants;a=the interior minister;n=gendarmes and police]] to New Caledonia, the interior minister said, bringing the force there to [[about 3,000|combatants;a=the interior minister]]. "
    "[[Six people|killed]] have died in the unrest, among them [[two gendarmes|killed]], and [[more than 400|arrested]] have been arrested.",
)

F(
    "Hezbollah leader claims more than 100,000 fighters",
    "Hezbollah's leader said in a televised speech that the group has [[more than 100,000 fighters|combatants;a=Hezbollah's leader]] and would not be drawn into a wider war, a figure Israeli analysts consider exaggerated. "
    "Israeli strikes on southern villages on {{Thursday}} killed [[three Hezbollah fighters|killed;a=the group;alt=Hezbollah]], the group said.",
)


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

# ====================================================================== arrested and contrasts

F(
    "Iran protests: rights group counts more than 20,000 arrests",
    "[[More than 20,000 people|arrested;a=the rights group HRANA]] have been arrested since the protests began, the rights group HRANA said, among them [[at least 600 students|arrested;a=the rights group HRANA]]. "
    "It said security forces had killed [[527 protesters|killed;a=the rights group HRANA]], including [[71 minors|killed;a=the rights group HRANA]]. "
    "The judiciary has sentenced [[at least 14 people|arrested;a=Amnesty International]] to death in connection with the unrest, according to Amnesty International.",
)

F(
    "Myanmar amnesty frees thousands, but most political prisoners stay behind bars",
    "The junta freed [[5,864 prisoners|arrested;a=state media]] in an amnesty to mark Independence Day, state media said, though the Assistance Association for Political Prisoners said only [[about 200|arrested;a=the Assistance Association for Political Prisoners]] of them were political detainees. "
    "[[More than 21,000 people|arrested;a=the group;alt=the Assistance Association for Political Prisoners]] detained since the coup remain behind bars, the group said.",
)

F(
    "Dhaka police round up opposition activists before rally",
    "Police rounded up [[more than 1,200 opposition activists|arrested;a=the party]] in Dhaka and surrounding districts in the {{three days}} before Saturday's rally, the party said, while a police spokesman gave a figure of [[about 700|arrested;a=a police spokesman]]. "
    "Police also said they had deployed [[some 15,000 officers|combatants;a=police]] in the capital.",
    ["Saturday"],
)

F(
    "Tunis court hands down sentences in 'conspiracy' case",
    "A Tunis court sentenced [[40 people|arrested;a=defence lawyers]], including opposition leaders, journalists and businessmen, to prison terms of between {{four}} and {{66 years}} on conspiracy charges, defence lawyers said. "
    "[[Twenty-two|arrested;a=the lawyers;alt=defence lawyers]] of the defendants were tried in absentia, the lawyers said.",
)

F(
    "English riots: over 1,000 people charged, police chiefs say",
    "Police have arrested [[1,280 people|arrested;a=the National Police Chiefs' Council]] and charged [[796|arrested;a=the National Police Chiefs' Council]] over the riots that followed the Southport stabbings, the National Police Chiefs' Council said on {{Friday}}. "
    "Courts have sat through the night, and prisons were holding [[about 87,400 inmates|arrested;a=the Ministry of Justice]], near full capacity, according to the Ministry of Justice.",
)

F(
    "Kerem Shalom: Palestinian detainees released back into Gaza",
    "Israel released [[50 Palestinian detainees|arrested;a=the Palestinian Prisoners' Society]] held without charge through the Kerem Shalom crossing on {{Wednesday}}, the Palestinian Prisoners' Society said, adding that [[some 9,900 Palestinians|arrested;a=the Palestinian Prisoners' Society]] were in Israeli prisons, [[3,400|arrested;a=the Palestinian Prisoners' Society]] of them in administrative detention.",
)

F(
    "Bamako: activists held after protest against junta",
    "Security forces in Bamako detained [[at least 30 people|arrested;a=a lawyers' collective]] after a small protest against the dissolution of political parties, a lawyers' collective said. "
    "[[Twelve|arrested;a=the collective;alt=a lawyers' collective]] were still in custody on {{Monday}}, the collective said.",
)

F(
    "Belarus: Viasna counts political prisoners after pardons",
    "Lukashenko pardoned [[16 political prisoners|arrested;a=the rights centre Viasna]] on {{Thursday}}, the rights centre Viasna said, leaving [[1,150 people|arrested;a=the rights centre Viasna]] it recognises as political prisoners still jailed. "
    "Since {{2020}}, [[more than 6,000 people|arrested;a=Viasna]] have been convicted on politically motivated charges, Viasna says.",
)

F(
    "Ecuador soldiers detain gang suspects in Guayaquil sweep",
    "Soldiers and police detained [[more than 1,300 suspected gang members|arrested;a=the armed forces command]] in Guayaquil in the first week of the state of emergency, the armed forces command said, and seized [[over 400 firearms|other;a=the armed forces command]] and [[3 tonnes|other;a=the armed forces command]] of explosives. "
    "[[Some 22,000 soldiers|combatants;a=the defence minister]] have been deployed on the streets and in prisons, the defence minister said.",
    ["first week"],
)

F(
    "Prison break in Koton Karfe: inmates escape during attack",
    "Gunmen attacked the custodial centre in Koton Karfe before dawn, allowing [[about 240 inmates|other;a=the Correctional Service]] to escape, the Correctional Service said. "
    "The service said [[61 of the escapees|arrested;a=The service;alt=the Correctional Service]] had been recaptured by {{Sunday}} evening and that [[one guard|killed;a=The service;alt=the Correctional Service]] was killed.",
)

F(
    "Georgia: police detain hundreds at Tbilisi parliament protests",
    "Police detained [[more than 400 protesters|arrested;a=the interior ministry]] over {{five nights}} of demonstrations outside parliament in Tbilisi, the interior ministry said, and [[about 150 people|injured;a=the Public Defender]] were treated for injuries, according to the Public Defender. "
    "[[Dozens of journalists|injured;a=media unions]] were among the injured, media unions said.",
)

F(
    "Kashmir: police book 300 under anti-terror law",
    "Police in Kashmir said they had detained [[some 300 people|arrested;a=Police in Kashmir]] under the Public Safety Act and an anti-terror law after the Pahalgam attack, in which gunmen killed [[26 tourists|killed;a=Police in Kashmir]]. "
    "Authorities demolished [[at least 10 houses|housing;a=officials]] said to belong to families of suspected militants, officials said.",
)

F(
    "Venezuela: Foro Penal says post-election detainees still number in hundreds",
    "The rights group Foro Penal said [[1,900 people|arrested;a=The rights group Foro Penal]] were detained after the disputed election, of whom [[about 1,200|arrested;a=The rights group Foro Penal]] have since been released on conditional terms and [[some 700|arrested;a=The rights group Foro Penal]] remain in jail. "
    "At least [[25 people|killed;a=The rights group Foro Penal]] died in the protests, it said.",
)

F(
    "Ugandan opposition supporters face military courts",
    "[[At least 36 supporters|arrested;a=the party]] of opposition leader Bobi Wine have been held in military detention since {{November}}, the party said, and [[18|arrested;a=the party]] of them have been charged before a military court.",
    [],
)

F(
    "Mass trial in Egypt: dozens jailed over 2019 protests",
    "An Egyptian court jailed [[dozens of people|arrested;a=rights lawyers]] for up to {{15 years}} over protests in {{2019}}, rights lawyers said. "
    "The Egyptian Initiative for Personal Rights said [[at least 3,000|arrested;a=The Egyptian Initiative for Personal Rights]] remained in pre-trial detention beyond the legal limit of {{two years}}.",
)

F(
    "Nicaragua frees 135 political prisoners, flies them to Guatemala",
    "Nicaragua released [[135 political prisoners|arrested;a=the US State Department]] and flew them to Guatemala on {{Thursday}}, the US State Department said, in a deal it had helped to arrange. "
    "Rights groups say [[more than 100 others|arrested;a=Rights groups]] remain behind bars.",
)

F(
    "Port Sudan: army and RSF hand over prisoners through the ICRC",
    "The ICRC said it had transported [[about 600 prisoners|other;a=The ICRC]] exchanged between the army and the Rapid Support Forces, using [[12 aircraft|other;a=The ICRC;u=other]] and buses. "
    "Separately, the army said it had released [[40 civilians|arrested;a=the army]] detained on suspicion of collaborating with the RSF, and that [[more than 200|arrested;a=the army]] were still being held pending investigation.",
)

# ====================================================================== other and contrasts

F(
    "Central Mediterranean: charity ship picks up 212 people in two operations",
    "The rescue ship Ocean Viking picked up [[212 people|other;a=SOS Mediterranee]] from [[three overcrowded boats|other;a=SOS Mediterranee]] off Libya on {{Sunday}}, SOS Mediterranee said, including [[41 unaccompanied minors|other;a=SOS Mediterranee]]. "
    "The Libyan coast guard intercepted [[more than 500 migrants|other;a=IOM]] the same weekend and took them back to Tripoli, according to IOM, while [[at least 13|missing;a=IOM]] were missing after a dinghy sank.",
)

F(
    "Lampedusa hotspot over capacity after 2,000 arrivals in a day",
    "[[Nearly 2,000 migrants|other;a=the Italian Red Cross]] landed on Lampedusa in {{24 hours}}, the Italian Red Cross said, pushing the island's reception centre, built for [[400 people|capacity;a=the Italian Red Cross]], well beyond its limit. "
    "[[Two bodies|killed;a=the coast guard]], including a baby's, were recovered from a capsized boat, the coast guard said.",
)

F(
    "Mexico prison riot lets 30 inmates escape in Ciudad Juarez",
    "Armed men attacked a state prison in Ciudad Juarez on {{New Year's Day}}, killing [[10 guards|killed;a=the state prosecutor's office]] and [[seven inmates|killed;a=the state prosecutor's office]], and [[30 prisoners|other;a=the state prosecutor's office]] escaped, the state prosecutor's office said. "
    "[[Thirteen|arrested;a=officials]] were recaptured within {{48 hours}}, officials said.",
)

F(
    "Turkey quake rescuers sent to Gaziantep: 3,500 from abroad",
    "The disaster agency AFAD said [[more than 3,500 international rescuers|other;a=The disaster agency AFAD]] from [[about 60 teams|other;a=The disaster agency AFAD;u=other]] had arrived, along with [[18,000 Turkish search personnel|other;a=The disaster agency AFAD]]. "
    "[[Some 13,000 people|injured;a=the health minister]] were being treated in hospitals in the region, the health minister said.",
)

F(
    "Sahel schools shut: UNICEF counts closures in Burkina Faso",
    "[[More than 5,300 schools|other;a=UNICEF]] were closed in Burkina Faso because of insecurity at the end of the school year, UNICEF said, keeping [[over 1 million children|civilians;a=UNICEF]] out of class. "
    "[[Some 230 teachers|killed;a=the education ministry]] have been killed since {{2015}}, according to the education ministry.",
)

F(
    "Sinaloa war: gunmen torch cars and lorries on Culiacan highways",
    "Gunmen set fire to [[at least 23 vehicles|other;a=the state security ministry]], among them [[nine lorries|other;a=the state security ministry]], to block highways around Culiacan on {{Thursday}}, the state security ministry said. "
    "The army said it had sent [[600 special forces soldiers|combatants;a=The army]] to the city and seized [[45 rifles|other;a=The army]] and [[two armoured pickups|other;a=The army]] in raids.",
)

F(
    "Borno raids: villages attacked and cattle driven off",
    "Boko Haram fighters attacked [[five villages|other;a=a member of the Civilian Joint Task Force]] in Gwoza local government area overnight, killing [[at least nine farmers|killed;a=a member of the Civilian Joint Task Force]] and driving away [[more than 300 head of cattle|other;a=a member of the Civilian Joint Task Force;n=head;u=other]], a member of the Civilian Joint Task Force said.",
    [],
)

F(
    "Arms seizure off Yemen coast: navy intercepts dhow",
    "The US Navy said it had seized [[more than 2,000 AK-47 rifles|other;a=The US Navy]] and [[about 100,000 rounds|other;a=The US Navy]] of ammunition from a dhow in the Gulf of Oman bound for Yemen, and detained [[six crew members|arrested;a=The US Navy]].",
    [],
)

F(
    "Rwanda and Burundi swap prisoners at Nemba border post",
    "Rwanda and Burundi exchanged [[19 prisoners|other;a=the two governments]] at the Nemba border post on {{Tuesday}}, the two governments said in a joint statement. "
    "Burundi said it had also freed [[11 Rwandan fishermen|arrested;a=Burundi]] arrested on Lake Rweru last year.",
)

F(
    "Camels and goats lost: drought and raids hit Turkana herders",
    "Raiders from across the border stole [[about 2,000 goats|other;a=the county commissioner]] and [[150 camels|other;a=the county commissioner]] in Turkana North, the county commissioner said, and [[three herders|killed;a=the county commissioner]] were shot dead. "
    "Kenya has deployed [[200 police reservists|combatants]] to the area.",
)

F(
    "Burned boats on Lake Chad: fishermen lose their livelihood",
    "Soldiers burned [[more than 60 fishing canoes|other;a=fishermen in Baga]] on Lake Chad, saying they were used by jihadists, fishermen in Baga said. "
    "The army said [[about 1,000 fishermen|civilians;a=The army]] had been ordered to leave the islands.",
)

F(
    "Cholera spreads in Sudan camps: 11,000 cases in a month",
    "[[More than 11,000 cholera cases|other;a=the health ministry]] and [[about 300 deaths|killed;a=the health ministry]] were recorded in Sudan in {{August}}, the health ministry said, most of them in camps for displaced people in Kassala and Gedaref.",
    [],
)

F(
    "Cross-border pushbacks: Polish guards force migrants back into Belarus",
    "Polish border guards forced [[about 60 migrants|other;a=the aid group Grupa Granica]] back across the fence into Belarus in a single night, the aid group Grupa Granica said, while [[a dozen others|injured;a=the aid group Grupa Granica]] were taken to hospital with cuts from razor wire.",
    [],
)

F(
    "Garamba ambush: poachers kill rangers on patrol",
    "[[Five rangers|killed;a=African Parks]] and [[two soldiers|killed;a=African Parks]] were killed when poachers ambushed a patrol in Garamba National Park, African Parks said, and [[three others|injured;a=African Parks]] were flown to hospital in Bunia.",
)

# ====================================================================== more returns, arrests and others

F(
    "Burundian refugees repatriated from Nyarugusu by the busload",
    "UNHCR and the Tanzanian government repatriated [[1,480 Burundian refugees|returned;a=UNHCR]] from Nyarugusu camp in {{two convoys}} this week, UNHCR said, bringing voluntary returns since {{2017}} to [[more than 210,000|returned;a=UNHCR]]. "
    "[[About 3,000 a week|returned;p;a=the agency;alt=UNHCR]] are expected to leave in the coming months, the agency said.",
)

F(
    "Rohingya refugees sent back from India to Myanmar border",
    "Indian authorities deported [[40 Rohingya refugees|returned;a=a lawyer for the families]] by boat to the Myanmar border this month, a lawyer for the families said, and [[about 700 others|arrested;a=a lawyer for the families]] are held in detention centres in Jammu and Assam.",
    [],
)

F(
    "Kharkiv villages see residents trickle home after front moves",
    "Nearly a year after the offensive, [[some 2,000 people|returned;a=the head of the military administration]] have come back to villages around Kupiansk that were under occupation, the head of the military administration said. "
    "[[About 600 homes|housing;a=the head of the military administration]] there are beyond repair, he added.",
)

F(
    "Afghan returnees from Iran arrive at Milak with nothing",
    "IOM said [[an average of 3,000 Afghans a day|returned;a=IOM;q=approx]] were arriving through the Milak and Islam Qala crossings in {{July}}, most of them deported, and that {{nearly 40%}} were women and children. "
    "Reception centres at the border were sheltering [[about 1,200 people|displaced;a=the Taliban-run refugee department]] waiting for transport, the Taliban-run refugee department said.",
)

F(
    "Ethiopians flown home from Saudi detention centres",
    "[[More than 70,000 Ethiopian migrants|returned;a=Ethiopia's foreign ministry]] have been repatriated from Saudi Arabia since the programme began, Ethiopia's foreign ministry said, and [[another 30,000|returned;p;a=Ethiopia's foreign ministry]] are to be flown home by the end of the year. "
    "Human Rights Watch said [[hundreds of migrants|killed;a=Human Rights Watch]] had been shot by Saudi border guards on the Yemen frontier.",
)

F(
    "Mosul old city: Christian families come back to Qaraqosh",
    "[[Around 1,300 Christian families|returned;a=the Syriac Catholic church]] have returned to Qaraqosh, the Syriac Catholic church said, out of [[about 10,000|civilians;a=the Syriac Catholic church]] who lived there before the Islamic State takeover. "
    "The church has rebuilt [[over 2,000 houses|housing]] with foreign donations.",
    [],
)

F(
    "Congolese refugees go home from Uganda's Nyakabande transit centre",
    "[[Some 8,000 Congolese refugees|returned;a=district officials]] left the Nyakabande transit centre and went back across the border at Bunagana over the weekend after fighting eased, district officials said. "
    "The centre, designed for [[2,000 people|capacity]], had been holding [[more than 20,000|displaced]] at the height of the fighting.",
)

F(
    "Returns to Khartoum: 'people are going back to ruins'",
    "IOM estimates that [[about 400,000 people|returned;a=IOM]] have gone back to Khartoum state since the army retook the capital, while [[more than 9 million|displaced;a=IOM]] remain displaced inside Sudan. "
    '"People are going back to ruins," said a volunteer in Bahri, where [[hundreds of houses|housing;a=a volunteer in Bahri]] were looted and burned, he said.',
)

F(
    "Niger: returns to Diffa islands after Boko Haram attacks ease",
    "[[About 12,500 displaced people|returned;a=the regional authorities]] have returned to their villages on the Lake Chad islands, the regional authorities said, encouraged by new army patrols.",
    [],
)

F(
    "Yemenis in Djibouti camp opt to go back despite war",
    "[[Dozens of Yemeni refugees|returned;a=UNHCR]] at the Markazi camp in Obock chose to go back to Yemen this year, UNHCR said, while [[about 2,500|displaced;a=UNHCR]] remain in the camp.",
    [],
)

F(
    "UK: charity says detention of asylum seekers hits record",
    "[[Some 2,400 people|arrested;a=the charity Bail for Immigration Detainees]] were held in immigration detention in England at the end of {{June}}, the charity Bail for Immigration Detainees said, and [[more than 7,000|returned;a=the charity Bail for Immigration Detainees]] were forcibly returned to their countries in the first half of the year.",
    ["the first half"],
)

F(
    "Azerbaijan returns eight Armenian prisoners after talks",
    "Azerbaijan handed over [[eight Armenian prisoners|other;a=the Armenian foreign ministry]] at the border in exchange for [[two Azerbaijani soldiers|other;a=the Armenian foreign ministry]], the Armenian foreign ministry said. "
    "Yerevan says [[at least 23 Armenians|arrested;a=Yerevan]] are still held in Baku.",
)

F(
    "Chadian police detain Sudanese smugglers at Adre",
    "Chadian police said they had detained [[17 Sudanese men|arrested;a=Chadian police]] suspected of smuggling fuel to the RSF across the border at Adre, and seized [[nine lorries|other;a=Chadian police]] loaded with {{about 60,000 litres}} of petrol.",
)

# ====================================================================== displacement reports with mixed categories

F(
    "OCHA flash update: Ituri, Djugu territory",
    "- [[About 26,000 people|displaced;a=OCHA]] fled to Bule and Fataki after CODECO attacks on {{10 and 11 February}} (OCHA). "
    "- [[At least 51 civilians|killed;a=MSF]] killed, including [[14 children|killed;a=MSF]]; [[38 wounded|injured;a=MSF]] admitted to Drodro hospital (MSF). "
    "- [[Three displacement sites|capacity;a=OCHA]] attacked; [[more than 1,000 shelters|housing;a=OCHA]] burned (OCHA). "
    "- [[Some 400 FARDC soldiers|combatants;a=provincial authorities]] redeployed to the area (provincial authorities). "
    "- Needs: shelter for [[6,500 households|aid;p;a=Shelter cluster]] (Shelter cluster).",
)

F(
    "UNHCR briefing: Sudanese refugee arrivals in eastern Chad accelerate",
    "[[More than 18,000 refugees|displaced;a=UNHCR]] arrived in eastern Chad in the past week, the highest weekly total this year, UNHCR spokesperson Olga Sarrado told reporters in Geneva. "
    "She said [[up to 2,500 people a day|displaced;a=UNHCR spokesperson Olga Sarrado]] were crossing at Tine and Adre, most of them women and children, and that [[some 30,000|displaced;a=UNHCR spokesperson Olga Sarrado]] were stranded at the border awaiting relocation to camps. "
    "UNHCR has [[11 camps|capacity;a=UNHCR]] in the east, built for [[about 300,000 people|capacity;a=UNHCR]], but they now hold [[more than 700,000|displaced;a=UNHCR]], UNHCR said.",
)

F(
    "Gunmen in Benue: 'we sleep in the bush now'",
    "Farmers in Guma said they had not slept at home since gunmen killed [[18 people|killed;a=the local government chairman]] in Tse-Ikyo in {{April}}, according to the local government chairman. "
    "[[Around 4,500 residents|displaced;a=the state emergency management agency;alt=SEMA]] of the ward now live in [[two official camps|capacity;a=the state emergency management agency;alt=SEMA]] and with relatives in Makurdi, the state emergency management agency (SEMA) estimates, and [[hundreds more|displaced;a=farmers;n=-]] sleep in the bush, farmers said.",
)

F(
    "IOM DTM round update: Mozambique, Cabo Delgado",
    "The latest round of the Displacement Tracking Matrix counted [[582,000 internally displaced persons|displaced;a=The latest round of the Displacement Tracking Matrix]] in Cabo Delgado, down from [[about 946,000|displaced;a=The latest round of the Displacement Tracking Matrix]] at the peak, and [[about 620,000 returnees|returned;a=The latest round of the Displacement Tracking Matrix]] in their districts of origin. "
    "DTM teams also tracked [[10,800 new movements|displaced;a=DTM teams]] after attacks in Chiure in {{February}}.",
)

F(
    "Kharkiv evacuations continue as shelling intensifies near Vovchansk",
    "Police and volunteers evacuated [[another 350 residents|displaced;a=the regional administration]] from Vovchansk and nearby villages on {{Saturday}}, the regional administration said, bringing the total since the offensive began to [[nearly 11,000|displaced;a=the regional administration]]. "
    "[[About 200 people|civilians;a=the administration;alt=the regional administration]] are believed to remain in the town, most of them elderly, the administration said, and [[three volunteers|injured;a=the administration;alt=the regional administration]] were wounded by a drone.",
)

F(
    "Cox's Bazar: new Rohingya arrivals as Arakan Army fighting spreads",
    "[[About 150,000 Rohingya|displaced;a=Bangladesh's refugee commissioner]] have crossed into Bangladesh since the start of the year, fleeing fighting between the Arakan Army and the military, Bangladesh's refugee commissioner said. "
    "He said they had been registered in existing camps, which already hold [[over 1 million people|displaced;a=Bangladesh's refugee commissioner]]. "
    "Bangladesh's border guard said it had sent back [[about 300 people|returned;a=Bangladesh's border guard]] who tried to cross on {{Tuesday}}, and had detained [[40 suspected traffickers|arrested;a=Bangladesh's border guard]].",
)

F(
    "Cabo Delgado translated report: families arrive in Mueda on foot",
    "According to the district administrator of Mueda, [[more than 1,300 families|displaced;a=the district administrator of Mueda]] arrived at the district headquarters during the last week, coming from the villages of Nangololo and Miteda, where armed men burned [[around 90 houses|housing;a=the district administrator of Mueda]]. "
    "The administrator explained that the displaced are accommodated in [[four schools|capacity;a=The administrator;alt=the district administrator of Mueda]] and in the homes of host families, and that [[seven children|missing;a=The administrator;alt=the district administrator of Mueda]] were separated from their parents during the flight and have not been found.",
)

F(
    "South Kivu: Uvira hosts displaced as front nears",
    "[[Tens of thousands of people|displaced;a=local authorities]] have streamed into Uvira from the Ruzizi plain over the past {{ten days}}, local authorities said, sleeping in churches, schools and the stadium. "
    "Burundi, which has [[about 10,000 soldiers|combatants;a=diplomats]] deployed in South Kivu according to diplomats, received [[more than 40,000 Congolese refugees|displaced;a=the UN refugee agency]] in {{two weeks}}, the UN refugee agency said.",
)

F(
    "Haiti IOM: gang offensive on Kenscoff uproots thousands",
    "Gang attacks on Kenscoff, in the hills above Port-au-Prince, have displaced [[more than 3,100 people|displaced;a=IOM]] since {{27 January}}, IOM said, most of whom are staying with relatives while [[about 700|displaced;a=IOM]] found refuge in [[two spontaneous sites|capacity;a=IOM]]. "
    "Police said [[at least 30 gang members|killed;a=Police]] had been killed in counter-operations supported by the Kenyan-led mission.",
)

F(
    "Evacuation order for Dnipropetrovsk villages after front shifts",
    "The regional military administration ordered the mandatory evacuation of [[about 1,000 children|displaced;p;a=The regional military administration]] and their parents from [[11 villages|other;a=The regional military administration]] near the Donetsk border. "
    "Volunteers said [[around 60 elderly residents|civilians;a=Volunteers]] were refusing to leave.",
)

F(
    "Kashmir shelling: border villagers take shelter in bunkers",
    "Cross-border shelling forced [[thousands of villagers|displaced;a=officials]] in Poonch and Uri to flee or take shelter in underground bunkers overnight, officials said, and killed [[at least 12 civilians|killed;a=officials]], including [[two children|killed;a=officials]]. "
    "The district administration said it had set up [[30 relief camps|capacity;a=The district administration]] for [[about 5,000 people|capacity;a=The district administration]].",
)

F(
    "Tigray's displaced still in Shire schools years after ceasefire",
    "[[Nearly 1 million people|displaced;a=the interim administration]] displaced by the war remain in camps and host communities, the interim administration said, with [[about 60,000|displaced;a=the interim administration]] living in [[65 schools|capacity;a=the interim administration]] in Shire alone. "
    "[[Some 300,000 children|civilians;a=the regional education bureau]] cannot go to school because classrooms are used as shelters, the regional education bureau said.",
)

F(
    "Lebanon: Israeli strikes on Tyre prompt flight northward",
    "Israeli strikes on Tyre and surrounding villages prompted [[tens of thousands|displaced;a=Lebanon's health ministry]] to flee northward on {{Monday}}, Lebanon's health ministry said, and killed [[at least 33 people|killed;a=Lebanon's health ministry]], wounding [[195|injured;a=Lebanon's health ministry]]. "
    "[[More than 900 collective shelters|capacity;a=the government]] have opened across the country, [[about 700|capacity;a=the government;u=structure]] of them already full, the government said.",
)

F(
    "Amhara fighting: IDPs in Debre Birhan camps exceed 200,000",
    "[[Over 200,000 internally displaced people|displaced;a=the zone's disaster risk management office]] are living in Debre Birhan and its surroundings, the zone's disaster risk management office said, many of them from Oromia. "
    "It said [[at least 14 babies|killed;a=the zone's disaster risk management office]] had died in the camps in {{March}} and that [[about 45,000 people|civilians;a=the zone's disaster risk management office]] had not received food aid for {{two months}}.",
)

F(
    "Syria coast violence: Alawite families cross into Lebanon",
    "[[Nearly 10,000 Syrians|displaced;a=the Lebanese army]], most of them Alawites, crossed into northern Lebanon after the killings on the coast, the Lebanese army said, and [[about 3,000|displaced;a=local officials]] were sheltering in mosques and halls in Akkar, according to local officials. "
    "The Syrian Observatory for Human Rights said [[more than 1,300 people|killed;a=The Syrian Observatory for Human Rights]] had been killed, most of them civilians, and that [[dozens of fighters|arrested;a=The Syrian Observatory for Human Rights]] had been arrested.",
)

F(
    "Sitrep: Tripoli clashes, Libya",
    "- Displacement: [[around 700 families|displaced;a=UNHCR]] from Abu Salim and Salah al-Din (UNHCR). "
    "- Casualty figures: [[at least 8 dead|killed;a=Ministry of Health]], [[27 injured|injured;a=Ministry of Health]] (Ministry of Health). "
    "- Detention: [[about 1,400 migrants|arrested;a=IOM]] in Ain Zara detention centre without food for {{three days}} (IOM). "
    "- [[Two ambulances|other;a=Libyan Red Crescent]] hit by gunfire (Libyan Red Crescent).",
)

# ====================================================================== aid, capacity, housing, missing, civilians, injured

F(
    "WFP convoy reaches besieged El Fasher outskirts",
    "A WFP convoy of [[17 trucks|aid;a=WFP]] carrying [[about 500 tonnes|aid;a=WFP]] of food reached Tawila on {{Friday}}, enough to feed [[some 40,000 people|aid;a=WFP]] for a month, WFP said. "
    "The agency said [[about 260,000 civilians|civilians;a=The agency;alt=WFP]] remain trapped inside El Fasher, where [[at least 62 people|killed;a=local volunteers]] died of hunger-related causes in {{August}}, according to local volunteers.",
)

F(
    "Airdrops over Gaza: 'a drop in the ocean', aid groups say",
    "Jordanian and Emirati planes dropped [[120 pallets|aid;a=the Jordanian army]] of food over northern Gaza on {{Sunday}}, the Jordanian army said. "
    "Aid groups said a single crossing could take in [[hundreds of trucks a day|aid;p;a=Aid groups]], compared with [[about 80 trucks|aid;a=Aid groups]] that entered on average in {{July}}, and that [[five people|killed;a=Gaza's civil defence]] were killed when a parachute failed, according to Gaza's civil defence.",
)

F(
    "UNICEF: hygiene kits and water trucking for displaced in Marib",
    "UNICEF and partners distributed [[8,000 hygiene kits|aid;a=UNICEF]] and trucked water to [[about 35,000 people|aid;a=UNICEF]] in displacement sites in Marib in {{May}}, UNICEF said. "
    "[[Some 2,000 families|displaced;a=the agency;alt=UNICEF]] arrived in the sites in the past month alone, the agency said, and [[12 sites|capacity;a=the agency;alt=UNICEF]] have no latrines at all.",
)

F(
    "Zaporizhzhia: drone strike damages apartment blocks",
    "A Russian drone strike on Zaporizhzhia damaged [[14 apartment blocks|housing;a=regional governor Ivan Fedorov;u=structure]] and [[dozens of private houses|housing;a=regional governor Ivan Fedorov]], regional governor Ivan Fedorov said, wounding [[22 people|injured;a=regional governor Ivan Fedorov]], [[four|injured;a=regional governor Ivan Fedorov]] of them children. "
    "[[More than 70 residents|displaced;a=city officials]] were moved to a temporary shelter, city officials said.",
)

F(
    "Missing in Sudan's war: Red Cross tracing requests pass 8,000",
    "The ICRC said it had received [[more than 8,000 tracing requests|missing;a=The ICRC;u=person]] from families looking for relatives who went missing since the war began in Sudan, and had helped restore contact in [[about 1,500 cases|missing;a=The ICRC;u=person]]. "
    "[[Dozens of bodies|killed;a=The ICRC]] remain unidentified in Omdurman, it said.",
)

F(
    "Mexico collectives search for the disappeared in Jalisco",
    "[[More than 15,000 people|missing;a=state figures]] are listed as disappeared in Jalisco, according to state figures, and search collectives say they found [[at least 200 bags|other;a=search collectives]] of human remains at a ranch near Teuchitlan.",
    [],
)

F(
    "Nigeria flood camp in Maiduguri overwhelmed after dam breach",
    "The Alau dam breach flooded {{about 40%}} of Maiduguri, and [[more than 400,000 people|displaced;a=the state emergency agency]] have moved into [[30 camps|capacity;a=the state emergency agency]], the state emergency agency said, while [[at least 37 people|killed;a=the state emergency agency]] drowned. "
    "[[Hundreds of prisoners|other;a=prison officials]] escaped when the walls of the city's prison collapsed, prison officials said, and [[seven|arrested;a=prison officials]] were recaptured.",
)

F(
    "Kyiv overnight attack: hospital hit, rescuers dig through rubble",
    "A missile struck a children's hospital in Kyiv, and rescuers pulled [[two bodies|killed;a=the State Emergency Service]] from the rubble, the State Emergency Service said, as [[more than 100 rescuers|other;a=the State Emergency Service]] worked at the site. "
    "[[Sixteen people|injured;a=the city's mayor]] were hurt, among them [[seven children|injured;a=the city's mayor]], the city's mayor said.",
)

F(
    "Gaza: civil defence says thousands believed under rubble",
    "Gaza's civil defence said [[about 10,000 people|missing;a=Gaza's civil defence]] were believed to be buried under the rubble of destroyed buildings, and that it had recovered [[more than 150 bodies|killed;a=Gaza's civil defence]] in the {{two days}} after the truce. "
    "The UN estimates that {{92%}} of housing units in the strip have been damaged or destroyed.",
)

F(
    "Rafah tent city: shelter cluster counts needs",
    "The shelter cluster said [[some 1.7 million people|displaced;a=The shelter cluster]] were living in tents or makeshift shelters in the south of the strip, and that [[about 40,000 tents|aid;a=The shelter cluster]] had been delivered since {{May}}, against [[200,000|aid;p;a=The shelter cluster;n=-]] needed. "
    "[[Nearly 3,000 tents|housing;a=the cluster;alt=The shelter cluster]] were torn or flooded by winter rains, the cluster said.",
)

F(
    "Aleppo: Kurdish families evacuated from Sheikh Maqsoud under deal",
    "[[About 500 families|displaced;a=the Kurdish-led administration]] left Sheikh Maqsoud for Tabqa in buses under a deal with the new authorities, the Kurdish-led administration said, while [[more than 250 SDF fighters|combatants;a=the Kurdish-led administration]] withdrew from the neighbourhood with their light weapons. "
    "[[Some 30,000 residents|civilians;a=the administration;alt=the Kurdish-led administration]] are still living in the district, the administration said.",
)

F(
    "Jenin camp operation: UNRWA says camp emptied",
    "The Israeli operation in Jenin has forced [[about 20,000 Palestinians|displaced;a=UNRWA]] out of the refugee camp, UNRWA said, making it {{the largest}} displacement in the West Bank since {{1967}}. "
    "The Palestinian health ministry said [[at least 14 Palestinians|killed;a=The Palestinian health ministry]] had been killed and [[more than 40|injured;a=The Palestinian health ministry]] wounded, while the army said it had arrested [[about 100 wanted persons|arrested;a=the army]].",
)

F(
    "Myanmar: Rakhine fighting leaves 200,000 needing food aid",
    "WFP said [[more than 200,000 people|civilians;a=WFP]] in central Rakhine were facing severe hunger after the military blocked roads and rivers, and that it had reached only [[about 57,000|aid;a=WFP]] in {{March}}. "
    "The Arakan Army said it had captured [[about 3,000 government soldiers|arrested;a=The Arakan Army]] since launching its offensive.",
    [],
)

F(
    "Cameroon Far North: IDPs in Mokolo lack shelter",
    "[[About 8,500 newly displaced people|displaced;a=the Mayo-Tsanaga prefect]] have arrived in Mokolo since {{December}} after Boko Haram raids on border villages, the Mayo-Tsanaga prefect said, and {{more than half}} of them sleep in the open. "
    "The prefect said the raiders had burned [[about 120 huts|housing;a=The prefect;alt=the Mayo-Tsanaga prefect]] and carried off [[15 young men|kidnapped;a=The prefect;alt=the Mayo-Tsanaga prefect]], and that [[a 200-strong unit|combatants;a=The prefect;alt=the Mayo-Tsanaga prefect;n=unit]] of the Rapid Intervention Battalion had been sent to the area.",
)

# ====================================================================== long texts, headlines inside the text, translated local news

F(
    "Bunia camp attack: machetes, fire and a count of the missing",
    "CODECO militiamen attacked the Plaine Savo displacement site before dawn, killing [[at least 60 people|killed;a=the site's committee]], the site's committee said. "
    "Another [[43|injured;a=the Red Cross]] were taken to the hospital in Bule, according to the Red Cross, and [[about 30|missing;a=the committee;alt=the site's committee]] are still unaccounted for, the committee said. "
    "The site had hosted [[some 24,000 displaced people|displaced]], most of whom have now fled toward Bule, and [[roughly 1,000 makeshift shelters|housing]] were burned. "
    "The UN mission said it had sent a company of [[150 Bangladeshi peacekeepers|combatants;a=The UN mission]] to secure the area.",
)

F(
    "Kherson river crossing: villagers brought out by boat",
    "Over the course of a long week, in which Russian drones hunted anything that moved on the roads of the right bank and the last bus route to the city was suspended, volunteers from a small charity in Kherson made repeated night trips across the Dnipro backwaters in [[four motorboats|other]], and by {{Sunday}} they had brought out [[126 residents|displaced;a=the charity's coordinator]], most of them pensioners, the charity's coordinator said. "
    "[[Two volunteers|injured;a=the charity's coordinator]] were wounded, she said, and [[about 40 people|civilians;a=the charity's coordinator]] on the islands still refuse to leave.",
)

F(
    "Sudan's El Geneina revisited: the displaced who went to Adre will not come back",
    "More than a year after the killings in El Geneina, which a UN panel said left [[between 10,000 and 15,000 people|killed;a=a UN panel]] dead, the town's Masalit community remains in Chad. "
    "Of the [[roughly 600,000 Sudanese|displaced;a=UNHCR]] now in camps around Adre, according to UNHCR, only [[several hundred|returned;a=UNHCR]] have gone back. "
    '"Who would go back?" asked a teacher in Ourang camp, one of [[14 camps|capacity]] and sites in eastern Chad, where [[about 150,000 people|displaced]] live.',
    [],
)

F(
    "Translated from Pashto: Kurram road closure leaves villages cut off",
    "The Kurram district administration has informed that due to the closure of the Thall-Parachinar road for the last {{three months}}, [[nearly 400,000 residents|civilians;a=The Kurram district administration]] of the district are facing shortage of food and medicine. "
    "According to the administration, [[more than 100 people|killed;a=the administration;alt=The Kurram district administration]] have lost their lives in the sectarian clashes, and [[about 2,000 families|displaced;a=the administration;alt=The Kurram district administration]] have shifted to Hangu and Peshawar. "
    "A convoy of [[60 vehicles|aid]] carrying food items reached Parachinar on {{Saturday}} under the security of [[about 1,000 FC personnel|combatants]].",
    [],
)

F(
    "Darfur ceasefire hopes fade: 'we counted 9,000 pickups'",
    "In a report released on {{Thursday}}, the Yale Humanitarian Research Lab said it had identified [[about 9,000 RSF vehicles|other;a=the Yale Humanitarian Research Lab]] massed around El Fasher in satellite imagery, and estimated that [[at least 20,000 fighters|combatants;a=the Yale Humanitarian Research Lab]] took part in the final assault. "
    "The lab also counted [[more than 150 burned structures|housing;a=The lab;alt=the Yale Humanitarian Research Lab]] in the Abu Shouk camp.",
    [],
)

F(
    "Rohingya boat arrivals in Aceh: hundreds land, dozens missing",
    "Two wooden boats carrying [[more than 400 Rohingya refugees|displaced;a=local fishermen]] landed on the coast of Aceh on {{Monday}}, local fishermen said, after weeks at sea. "
    "UNHCR said [[as many as 180 people|missing;a=UNHCR]] were feared missing from a third boat that sank in {{December}}, and that local residents had pushed [[one boat|other;a=UNHCR]] back to sea.",
    [],
)

F(
    "Tripoli: detained migrants freed after raid, others deported",
    "Libyan authorities released [[about 250 migrants|arrested;a=the Department for Combating Illegal Migration]] from the Abu Salim detention centre after a court order, the Department for Combating Illegal Migration said, and deported [[160 Nigerians|returned;a=the Department for Combating Illegal Migration]] on a chartered flight to Lagos. "
    "IOM said it had helped [[more than 16,000 migrants|returned;a=IOM]] return voluntarily from Libya to their countries this year.",
)

F(
    "Congo army and Wazalendo push into Masisi, thousands return",
    "[[More than 5,000 Wazalendo fighters|combatants;a=a Wazalendo spokesman]] have joined the army's push toward Masisi, a Wazalendo spokesman said, claiming they had taken back [[six localities|other;a=a Wazalendo spokesman]]. "
    "In the areas retaken, [[about 7,000 households|returned;a=civil society leaders]] have already gone home, civil society leaders said, but [[at least 23 civilians|killed;a=civil society leaders]] were killed in reprisals by retreating rebels, they said.",
)

F(
    "Headline: 40,000 flee Kalehe clashes; aid agencies scramble",
    "Clashes in Kalehe send [[40,000|displaced]] fleeing to Minova. "
    "[[About 40,000 people|displaced;a=OCHA]] have fled fighting in Kalehe territory toward Minova and Goma since {{Wednesday}}, OCHA said, and [[an estimated 12,000|displaced;a=OCHA]] are sleeping in churches and [[eight schools|capacity;a=OCHA]]. "
    "Aid agencies said they had distributed [[3,200 emergency kits|aid;a=Aid agencies]] and were trucking water to [[about 18,000 people|aid;a=Aid agencies]], while [[some 150 children|missing;a=Aid agencies]] had been separated from their families.",
)

F(
    "Live: Sumy border evacuations",
    "{{08:20}} – Regional governor: [[1,150 people|displaced;a=Regional governor]] evacuated from border communities in the past {{24 hours}}, [[212|displaced;a=Regional governor]] of them children. "
    "{{09:05}} – Police say [[three civilians|killed;a=Police]] were killed when a guided bomb hit a house in Krasnopillia. "
    "{{11:30}} – The governor says [[about 6,000 residents|civilians;a=The governor;alt=Regional governor]] still live within the {{10-kilometre}} zone. "
    "{{13:45}} – Volunteers report [[two minibuses|other;a=Volunteers]] hit by drones on the Sumy road; [[four|injured;a=Volunteers]] hurt. "
    "{{15:10}} – The ministry of reintegration says [[more than 17,000 people|displaced;a=The ministry of reintegration]] have left the region since {{March}}.",
)

F(
    "Afghan families deported from Pakistan settle in Nangarhar desert camp",
    "[[Some 4,000 returnee families|returned;a=the provincial refugee department]] deported from Pakistan now live in tents on the Omari camp outside Jalalabad, the provincial refugee department said, and [[more than 1,000 new returnees|returned;a=the provincial refugee department]] arrive each day through Torkham. "
    "The camp, set up for [[500 families|capacity;a=the department;alt=the provincial refugee department]], has [[20 latrines|other;a=the department;alt=the provincial refugee department]], the department said. "
    "The Norwegian Refugee Council said it had given cash to [[about 2,300 households|aid;a=The Norwegian Refugee Council]].",
)

F(
    "Ethiopia-Sudan border: Sudanese refugees and Ethiopian returnees at Metema",
    "At Metema, UNHCR registered [[about 2,400 Sudanese refugees|displaced;a=UNHCR]] in the first week of {{May}}, and [[more than 9,000 Ethiopian returnees|returned;a=UNHCR]] who had lived in Sudan crossed home over the same period, UNHCR said. "
    "Fano militiamen abducted [[around 20 refugees|kidnapped;a=a camp leader]] from the Kumer camp last month, a camp leader said, and [[two|killed;a=a camp leader]] were killed in an attack on the camp. "
    "[[More than 8,000 refugees|displaced;a=the agency;alt=UNHCR]] left Kumer on foot to protest against insecurity, the agency said.",
)

F(
    "Burkina Faso: IDP count frozen, but NGOs see more than 2 million",
    "Burkina Faso's government has not published displacement figures since {{March 2023}}, when it counted [[2,062,534 internally displaced persons|displaced;a=Burkina Faso's government]], but aid groups estimate the number at [[well over 2 million|displaced;a=aid groups]]. "
    "[[More than 40 towns|other;a=the Norwegian Refugee Council]] are under blockade by armed groups, with [[about 1 million people|civilians;a=the Norwegian Refugee Council]] living in them, the Norwegian Refugee Council said.",
    [],
)

F(
    "Lake Chad: soldiers missing after jihadist raid on Barkaram base",
    "[[Between 30 and 40 soldiers|missing;a=a military source]] were missing after ISWAP fighters overran the Barkaram base on the Lake Chad shore, a military source said, while the army said [[17 soldiers|killed;a=the army]] had been killed. "
    "The source said the attackers, [[up to 300 fighters|combatants;a=The source;alt=a military source]] in [[about 20 canoes|other;a=The source;alt=a military source]], had also seized [[a dozen soldiers|kidnapped;a=The source;alt=a military source]] and taken them to the islands.",
)

F(
    "Mocimboa return convoys: government plans second phase",
    "The provincial government plans to move [[up to 15,000 displaced people|returned;p;a=The provincial government]] back to Mocimboa da Praia and Palma by {{December}}, following the [[8,000 to 10,000|returned;a=The provincial government]] who went back in the first phase, and has asked for [[1,500 more troops|combatants;p;a=The provincial government]] to secure the roads. "
    "[[Around 14,000 people|displaced]] remain in the Metuge camps, and [[at least 60 people|missing]] from Quissanga have not been heard of since an attack in {{March}}.",
)

F(
    "Aftermath of Boko Haram raid on Mafa: families search for relatives",
    "[[Dozens of villagers|missing;a=residents]] are still missing after Boko Haram fighters raided Mafa on {{Friday}} night, residents said, and [[between 200 and 300 families|displaced;a=residents]] fled to Maiduguri. "
    "The state government said [[37 people|killed;a=The state government]] were killed and [[more than 50 shops|housing;a=The state government]] were burned, and that it had deployed [[about 400 hunters and vigilantes|combatants;a=The state government;n=hunters and vigilantes]].",
)

# ====================================================================== texts with numbers but no figure

F(
    "Sentencing in Kigali: genocide suspect gets 25 years",
    "A court in Kigali sentenced a former militia leader, {{64}}, to {{25 years}} in prison on {{Tuesday}} for his role in the {{1994}} genocide, {{30 years}} after the killings. "
    "He had been extradited from the Netherlands in {{2016}} and was held for {{eight years}} before trial.",
)

F(
    "Ransom demand of $2.5 million for kidnapped engineer",
    "Kidnappers holding a Chinese engineer seized in Niger's Agadez region have demanded {{$2.5 million}}, a source close to the negotiations said on {{14 March}}. "
    "The {{49-year-old}} was taken on {{the second day}} of a site visit, {{about 60 km}} from the town.",
)

F(
    "Security Council renews Lebanon force mandate for a final time",
    "The Security Council voted {{13-0}}, with {{two abstentions}}, to extend UNIFIL's mandate until {{31 December 2026}} under {{Resolution 2790}}, after which the force will withdraw within {{one year}}. "
    "The mission was first deployed in {{1978}}.",
    [],
)

F(
    "Defence budget: Warsaw to spend 4.7% of GDP on the army",
    "Poland will spend {{4.7%}} of its gross domestic product on defence next year, about {{186 billion zlotys}}, the finance ministry said, and will sign contracts worth {{$10 billion}} this year. "
    "Deliveries of the {{K2}} tanks began in {{2022}}.",
    [],
)

F(
    "Derby report: Wydad edge Raja 2-1 as ultras light flares",
    "Wydad beat Raja {{2-1}} in the Casablanca derby on {{Sunday}}, with the winner coming in the {{89th minute}}. "
    "The match was held without away fans for {{the third time}} this season, and kick-off was delayed by {{20 minutes}} because of smoke from flares.",
)

F(
    "Memorial service marks 10 years since Sinjar massacre",
    "Survivors gathered in Kocho on {{3 August}} to mark {{ten years}} since the {{2014}} massacre by Islamic State, laying wreaths at a memorial opened in {{2023}}. "
    "A {{72-year-old}} woman read the names of her relatives for {{45 minutes}}.",
)

F(
    "Drone strike anniversary: Kabul family still waits for answers",
    "{{Three years}} after the {{29 August 2021}} drone strike in Kabul, relatives say a promised compensation of {{$3 million}} has not been paid. "
    "The eldest victim was {{40}}; the youngest was {{two}}.",
    [],
)

F(
    "Arms fair in Abu Dhabi draws record exhibitors",
    "IDEX, held every {{two years}} since {{1993}}, opened on {{17 February}} organisers said, and deals worth {{23.4 billion dirhams}} were announced on the first day. "
    "A {{T-90}} tank and the {{F-35}} drew crowds.",
    ["first day"],
)

F(
    "Weather service warns of 48C heat in Basra",
    "Temperatures in Basra are forecast to reach {{48C}} on {{Thursday}}, the weather service said, and power cuts of up to {{12 hours a day}} are expected. "
    "Last year the city recorded {{50.4C}} in {{July}}.",
    [],
)

F(
    "Trial of Bataclan attacker's accomplices: appeal set for 2026",
    "The appeal of the men convicted in {{2022}} is set to open on {{5 January 2026}} and last {{about three months}}, the Paris appeals court said. "
    "One was sentenced to life in prison and the other to {{18 years}}.",
    [],
)

F(
    "Oil output in Kirkuk recovers to 300,000 barrels a day",
    "Oil output from the Kirkuk fields recovered to {{300,000 barrels per day}} in {{October}}, up {{12%}} from a year earlier, the oil ministry said, after the pipeline to Ceyhan reopened following {{two and a half years}} of closure.",
    [],
)

F(
    "Census in Cox's Bazar schools: attendance rates improve",
    "Attendance in learning centres rose to {{78%}} in {{2024}} from {{61%}} {{two years}} earlier, UNICEF said, and {{one in five}} girls over {{14}} still do not attend.",
    [],
)

F(
    "Veteran recalls Falklands: 'we were 19 and terrified'",
    '"We were {{19}} and terrified," said a veteran of the {{2nd Battalion}}, now {{61}}, recalling the landing at San Carlos on {{21 May 1982}}. '
    "The war lasted {{74 days}}.",
    [],
)

F(
    "Premier League: Forest's Awoniyi scores twice in 3-0 win",
    "Taiwo Awoniyi scored in the {{12th}} and {{67th minutes}} as Nottingham Forest won {{3-0}}, moving up to {{seventh}} place with {{44 points}} from {{26 games}}.",
    [],
)

F(
    "Ceasefire timeline: talks resume in Doha on Monday",
    "Negotiators will meet in Doha on {{Monday}} at {{10:00}} local time for a {{fourth}} round of talks, {{six weeks}} after the last round collapsed, a mediator said. "
    "The first phase of the deal would last {{42 days}}.",
    [],
)

F(
    "Inflation in Khartoum state at 145%, central bank says",
    "Prices in Khartoum state rose {{145%}} in the year to {{June}}, the central bank said, and the pound traded at {{2,600}} to the dollar on the parallel market, against {{570}} before the war. "
    "A sack of sorghum costs {{three times}} what it did in {{2023}}.",
    [],
)

F(
    "Film review: 'Foreign Legion' follows recruits through 16 weeks of training",
    "The documentary, {{112 minutes}} long, follows recruits from every continent through {{16 weeks}} of basic training at Castelnaudary. "
    "It premieres on {{9 October}} and was shot over {{18 months}}.",
    [],
)

F(
    "Train derailment inquiry: speed was 87 km/h on a 40 km/h curve",
    "The train was travelling at {{87 km/h}} on a curve limited to {{40 km/h}} when it derailed at {{06:42}}, the preliminary report said, {{11 days}} after the accident. "
    "The driver, {{58}}, had worked for the railway for {{32 years}}.",
    [],
)

F(
    "Anti-corruption court: former minister jailed for seven years",
    "A former defence minister was sentenced on {{Friday}} to {{seven years}} in prison and fined {{$1.2 million}} for taking bribes on a {{2019}} helicopter contract, the court said. "
    "He was {{71}} and had served in government since {{1998}}.",
    [],
)

F(
    "Election in the North: turnout 54% as polls close at 6 p.m.",
    "Turnout in the regional election reached {{54%}} by the time polls closed at {{6 p.m.}}, the commission said, up from {{48%}} in {{2019}}. "
    "Counting in {{District 9}} will take until {{Wednesday}}.",
    [],
)

# Added by the lead engineer, a text with no figure, so that the set has every kind of
# negative the eval-set tests look for (an age, a morning time).
F(
    "Odesa: curfew shortened after a quiet week",
    "The curfew in Odesa will now end at {{5 a.m.}} instead of {{6 a.m.}}, the regional administration said on {{Monday}}. "
    "A pensioner {{aged 74}} said the queues for bread had shortened over the {{past two weeks}}.",
    [],
)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
