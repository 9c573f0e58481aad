"""dev4 texts: combatants (troops, fighters, recruits, peacekeepers, attackers counted) and their contrasts.

Imported by build.py in order; each F(...) adds one text to the set. Split from build.py, unchanged.
"""

from figset import F

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
