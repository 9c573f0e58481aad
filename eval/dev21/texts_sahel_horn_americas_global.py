"""dev21 texts: Sahel, Nigeria, Cameroon; Ethiopia, Somalia, Kenya; Haiti, Dominican Republic; Colombia, Venezuela, Mexico; Libya and disasters; global reports.

Each F(title, marked text[, extra negatives]) registers one text with eval/figset as this
module is imported (marks: eval/figset/marks.py); build.py imports the modules in order.
"""

from figset import F

# ---------------------------------------------------------------- Sahel, Nigeria, Cameroon

F(
    "Burkina Faso's displaced: no new figures since 2023",
    "Burkina Faso's government last published a count of [[2,062,534 internally displaced people|displaced;a=Burkina Faso's government]] in {{March 2023}} and has released none since. "
    "In Djibo, [[about 270,000 people|civilians;a=aid groups]] are living under a blockade by JNIM fighters, aid groups say, with supplies arriving only by helicopter.",
)

F(
    "Barsalogho attack: residents flee to Kaya",
    "[[Thousands of residents|displaced;a=local sources]] of Barsalogho have fled to Kaya since Saturday's attack, in which jihadists killed [[at least 133 people|killed;a=local sources]] digging trenches around the town, local sources said. "
    "The UN said [[more than 200 people|injured;a=The UN]] were being treated in Kaya's regional hospital.",
)

F(
    "Mbera camp in Mauritania receives more Malians",
    "[[About 1,500 new arrivals a week|displaced;a=UNHCR]] are reaching the Mbera refugee camp in south-eastern Mauritania from Mali, UNHCR said, as fighting spreads in the Timbuktu and Ségou regions. "
    "The camp and surrounding villages now host [[more than 250,000 Malian refugees|displaced;a=UNHCR]], it said, well beyond the [[90,000|capacity;a=UNHCR]] the camp was designed for.",
)

F(
    "Niger: attack near Tillabéri drives villagers to the capital",
    "Gunmen killed [[at least 20 soldiers|killed;a=the defence ministry]] in an ambush near Tillabéri on Tuesday, the defence ministry said, adding that [[dozens of terrorists|killed;a=the defence ministry]] were neutralised. "
    "[[Some 3,000 villagers|displaced;a=residents]] have since fled to the outskirts of Niamey, residents said.",
)

F(
    "Borno closes Maiduguri camps, moves displaced back to home towns",
    "The Borno state government has closed [[10 camps|capacity;a=Governor Babagana Zulum]] in Maiduguri and resettled [[about 140,000 displaced people|returned;a=Governor Babagana Zulum]] in their home communities since {{2021}}, Governor Babagana Zulum said. "
    "Aid groups say some returnees have been attacked again.",
)

F(
    "Alau dam collapse floods Maiduguri",
    "Floodwater from the collapsed Alau dam has displaced [[more than 414,000 people|displaced;a=the Borno State Emergency Management Agency]] in and around Maiduguri, the Borno State Emergency Management Agency said on Thursday, and [[at least 37 people|killed;a=the Borno State Emergency Management Agency]] have died. "
    "About {{40 percent}} of the city is under water, and the agency has opened [[30 camps|capacity;a=the agency;alt=the Borno State Emergency Management Agency]] in schools, it said.",
)

F(
    "Benue attack: survivors pour into Makurdi",
    "[[More than 100 people|killed;a=Amnesty International]] were killed in an overnight attack on Yelwata in Nigeria's Benue state, Amnesty International said. "
    "[[About 3,000 residents|displaced;a=the Benue State Emergency Management Agency]] fled to Makurdi and nearby towns, according to the Benue State Emergency Management Agency, and [[about 6,000 more|displaced;p;n=-;a=the Benue State Emergency Management Agency]] are expected to arrive.",
)

F(
    "Zamfara bandit raids empty villages",
    "Bandits abducted [[at least 50 people|kidnapped;a=residents]] and burned [[dozens of houses|housing;a=residents]] in raids on [[four villages|other;a=residents]] in Zamfara state's Maru area, residents told Reuters. "
    "[[Hundreds of families|displaced;a=a local official]] have moved to Maru town, a local official said.",
)

F(
    "Boko Haram raid on Cameroon displacement camp kills nine",
    "Boko Haram fighters killed [[nine people|killed;a=local authorities]] and abducted [[three women|kidnapped;a=local authorities]] in a night raid on a camp for displaced people in Mozogo, in Cameroon's Far North region, local authorities said. "
    "The camp shelters [[about 2,500 IDPs|displaced]] who fled earlier attacks.",
)

# ---------------------------------------------------------------- Ethiopia, Somalia, Kenya

F(
    "Tigray: displaced begin returning to western zone",
    "[[About 50,000 displaced people|returned;a=Tigray's interim administration]] have returned to Tselemti district in the {{first}} phase of a government-backed return programme, Tigray's interim administration said. "
    "[[Roughly 1 million people|displaced]] remain displaced in Tigray, many in crowded school compounds in Shire and Mekelle.",
)

F(
    "Drought uproots pastoralists in Ethiopia's Somali region",
    "Drought has displaced [[more than 200,000 pastoralists|displaced;a=regional officials]] in Ethiopia's Somali region this year, regional officials said, and [[about 2 million livestock|other;a=regional officials]] have died. "
    "[[Up to 100,000 more|displaced;p;n=-;a=the officials;alt=regional officials]] could be forced to move if the next rains fail, the officials said.",
)

F(
    "Gofa landslides: thousands to be evacuated",
    "Landslides in Ethiopia's Gofa zone killed [[at least 257 people|killed;a=OCHA]], OCHA said, and [[more than 15,000 people|displaced;p;a=OCHA]] need to be evacuated because of the risk of further slides. "
    "Rescuers are still digging for [[dozens of people|missing]] buried in mud.",
)

F(
    "Las Anod fighting: up to 200,000 flee",
    "Fighting in and around Las Anod has displaced [[between 154,000 and 203,000 people|displaced;a=the UN]], the UN said, [[about 100,000|displaced;a=the UN]] of whom have crossed into Ethiopia's Somali region. "
    "The town's main hospital said it had treated [[more than 600 wounded|injured;a=The town's main hospital]] since {{February}}.",
)

F(
    "Somalia: Deyr floods displace 1.2 million",
    "Floods along the Juba and Shabelle rivers have displaced [[more than 1.2 million people|displaced;a=the National Disaster Management Agency]] and killed [[101|killed;a=the National Disaster Management Agency]], the National Disaster Management Agency said. "
    "[[About 2.4 million|civilians;a=the agency;alt=the National Disaster Management Agency]] are affected, the agency added, and Beledweyne is almost entirely under water.",
)

F(
    "Baidoa camps swell with drought arrivals",
    "[[Some 2,000 people a day|displaced;a=the Norwegian Refugee Council]] arrived in displacement sites around Baidoa during the worst weeks of the drought, the Norwegian Refugee Council said. "
    "Each new site holds [[500 to 700 families|displaced]], who build shelters from branches and cloth. "
    "The town now hosts [[more than 500 sites|capacity]].",
)

F(
    "Dadaab refugee population passes 380,000",
    "Kenya's Dadaab camps host [[more than 380,000 refugees|displaced;a=UNHCR]], UNHCR said, most of them Somalis, although the complex was built for [[about 90,000 people|capacity;a=UNHCR]]. "
    "[[About 1,000 new arrivals a month|displaced]] are registering at the Hagadera reception centre.",
)

F(
    "Kenya floods: 281,000 displaced, interior ministry says",
    "Floods have displaced [[281,835 people|displaced;a=the interior ministry]] across Kenya since {{March}}, the interior ministry said on Sunday, and killed [[more than 270|killed;a=the interior ministry]]. "
    "[[75 people|missing]] are still missing, and the displaced are housed in [[115 camps|capacity]] set up by the government and the Kenya Red Cross.",
)

# ---------------------------------------------------------------- Haiti, Dominican Republic

F(
    "Haiti's displaced top 700,000, IOM says",
    "Gang violence has displaced [[more than 700,000 people|displaced;a=the International Organization for Migration]] in Haiti, the International Organization for Migration said, about half of them children. "
    "[[About 16,000|displaced;a=the agency;alt=the International Organization for Migration]] fled the central town of Mirebalais in a single week after gangs overran it, the agency said.",
    ["about half"],
)

F(
    "Displaced families take over Port-au-Prince schools",
    "[[About 4,000 people|displaced;a=the Civil Protection directorate]] have taken refuge in the Lycée Marie-Jeanne and [[two other schools|capacity;a=the Civil Protection directorate]] in downtown Port-au-Prince after gangs attacked Solino, the Civil Protection directorate said. "
    "The capital now has [[108 sites|capacity]] for displaced people, most of them schools and churches.",
)

F(
    "Dominican Republic stepping up deportations to Haiti",
    "The Dominican Republic deported [[more than 276,000 Haitians|returned;a=the migration directorate]] last year, the migration directorate said. "
    "The government said in October it would deport [[up to 10,000 people a week|returned;p;a=The government]].",
)

F(
    "Pont-Sondé massacre: more than 6,000 flee to Saint-Marc",
    "Gang members killed [[at least 115 people|killed;a=the UN]] in an attack on Pont-Sondé in Haiti's Artibonite region, the UN said, and [[more than 6,000|displaced;a=the UN]] fled, most of them to Saint-Marc. "
    "[[Sixteen people|injured]] were treated for gunshot wounds at the local hospital.",
)

F(
    "Kenyan police mission to Haiti grows",
    "[[About 400 Kenyan police officers|combatants;a=the mission]] are now in Haiti, the mission said, of the [[2,500|combatants;p;a=the mission]] planned for the multinational force. "
    "Gangs control most of Port-au-Prince, where [[more than 60,000 people|displaced]] live in makeshift sites.",
)

# ---------------------------------------------------------------- Colombia, Venezuela, Mexico

F(
    "Catatumbo violence displaces more than 52,000",
    "Fighting between the ELN and FARC dissidents in Colombia's Catatumbo region has displaced [[more than 52,000 people|displaced;a=the Ombudsman's Office]] since {{January 16}}, the Ombudsman's Office said, the largest mass displacement recorded in the country in decades. "
    "[[About 1,000|displaced;a=Venezuelan authorities]] crossed into Venezuela, according to Venezuelan authorities. "
    "The Ombudsman's Office said [[some 20,000 people|civilians;a=The Ombudsman's Office]] are confined to their villages.",
)

F(
    "Chocó: indigenous families flee armed clashes to Bojayá",
    "[[320 families|displaced;a=the municipal ombudsman]] from [[five Emberá communities|other;u=other;a=the municipal ombudsman]] arrived in Bellavista, the seat of Bojayá municipality, over the weekend after clashes between the Gulf Clan and the ELN on the Opogadó river, the municipal ombudsman said. "
    "They are sheltering in the municipal coliseum and [[two schools|capacity]].",
)

F(
    "R4V: 7.9 million Venezuelans have left their country",
    "[[About 7.9 million Venezuelan refugees and migrants|displaced;n=refugees and migrants;a=the R4V platform]] are living abroad, the R4V platform run by UNHCR and IOM said, [[6.7 million|displaced;a=the R4V platform]] of them in Latin America and the Caribbean. "
    "Colombia hosts the largest number, [[about 2.8 million|displaced]].",
    ["R4V"],
)

F(
    "Mexicans flee cartel fighting into Guatemala",
    "[[About 580 Mexicans|displaced;a=Guatemala's government]], including [[about 200 children|displaced;a=Guatemala's government]], crossed into Guatemala's Cuilco municipality after fighting between rival cartels in Chiapas, Guatemala's government said. "
    "They are staying in [[three shelters|capacity]] run by the municipality.",
)

F(
    "Culiacán families leave homes as cartel war drags on",
    "[[More than 1,000 people|displaced;a=the Sinaloa state government]] have left their homes in rural areas around Culiacán since the war between factions of the Sinaloa Cartel began in {{September}}, the Sinaloa state government said. "
    "[[At least 600 people|killed;a=state prosecutors]] have been killed in the state in that time, according to state prosecutors.",
)

# ---------------------------------------------------------------- Libya and disasters

F(
    "Derna floods: tens of thousands displaced, thousands missing",
    "[[More than 43,000 people|displaced;a=the International Organization for Migration]] have been displaced in north-east Libya by the floods that swept through Derna, the International Organization for Migration said. "
    "The WHO said [[3,958 bodies|killed;a=The WHO]] had been recovered and identified, and [[more than 9,000 people|missing;a=The WHO]] were still missing.",
)

F(
    "Typhoon Kristine: 300,000 in evacuation centres",
    "[[More than 300,000 people|displaced;a=the National Disaster Risk Reduction and Management Council]] are staying in [[about 2,400 evacuation centres|capacity;a=the National Disaster Risk Reduction and Management Council]] in the Bicol region and neighbouring provinces, the National Disaster Risk Reduction and Management Council said on Friday. "
    "The storm has killed [[at least 81 people|killed;a=the council;alt=the National Disaster Risk Reduction and Management Council]] and [[34|missing;a=the council;alt=the National Disaster Risk Reduction and Management Council]] are missing, the council said.",
)

F(
    "Rio Grande do Sul floods force 580,000 from their homes",
    "Floods in Brazil's Rio Grande do Sul state have forced [[more than 580,000 people|displaced;a=the state civil defence]] from their homes, the state civil defence said on Wednesday, with [[about 80,000|displaced;a=the state civil defence]] in public shelters. "
    "The death toll rose to [[169|killed]], and [[44 people|missing]] are still missing.",
)

F(
    "Morocco quake: survivors in tents as winter nears",
    "The earthquake in Morocco's High Atlas killed [[2,946 people|killed;a=the interior ministry]] and injured [[5,674|injured;a=the interior ministry]], the interior ministry said, and damaged [[about 60,000 homes|housing;a=the interior ministry]]. "
    "The government will pay families {{30,000 dirhams}} each for emergency repairs, and [[tens of thousands of villagers|displaced]] are living in tents.",
)

F(
    "Bangladesh floods: half a million in shelters in Feni and Noakhali",
    "[[About 500,000 people|displaced;a=the disaster management ministry]] are staying in [[more than 3,400 shelters|capacity;a=the disaster management ministry]] in eastern Bangladesh, the disaster management ministry said, after the worst floods in the region in {{three decades}}. "
    "[[At least 52 people|killed]] have died.",
)

F(
    "Gujarat evacuates 100,000 ahead of Cyclone Biparjoy",
    "Authorities in India's Gujarat state moved [[more than 100,000 people|displaced;a=the state relief commissioner]] from coastal districts to shelters before Cyclone Biparjoy made landfall with winds of up to {{150 km/h}}, the state relief commissioner said. "
    "In Pakistan's Sindh province, [[about 80,000|displaced;a=officials]] were evacuated, officials said.",
)

F(
    "Cuba evacuates 735,000 as Hurricane Melissa approaches",
    "Cuban authorities evacuated [[735,000 people|displaced;a=President Miguel Díaz-Canel]] from eastern provinces ahead of Hurricane Melissa, President Miguel Díaz-Canel said. "
    "In Jamaica, [[more than 25,000|displaced;a=the government]] were in shelters, the government said, and about {{77 percent}} of the island was without power.",
)

F(
    "Los Angeles fires: 180,000 ordered to leave",
    "[[About 180,000 people|displaced;p;a=Los Angeles County Sheriff Robert Luna]] were under orders to leave their homes on Friday as the Palisades and Eaton fires burned, Los Angeles County Sheriff Robert Luna said. "
    "The fires have destroyed [[more than 12,000 structures|housing]] and killed [[at least 24 people|killed]].",
)

# ---------------------------------------------------------------- global reports

F(
    "UNHCR: forced displacement reaches 122.6 million",
    "Forced displacement worldwide reached [[122.6 million people|displaced;a=UNHCR]] by the end of April, UNHCR said in its annual Global Trends report, up from [[117.3 million|displaced;a=UNHCR]] a year earlier. "
    "Sudan is now the largest displacement crisis, with [[14.3 million Sudanese|displaced]] displaced inside and outside the country.",
)

F(
    "IDMC: 83.4 million internally displaced at end of 2024",
    "A record [[83.4 million people|displaced;a=the Internal Displacement Monitoring Centre]] were living in internal displacement at the end of {{2024}}, the Internal Displacement Monitoring Centre said, [[73.5 million|displaced;a=the Internal Displacement Monitoring Centre]] of them because of conflict and violence and [[9.8 million|displaced;a=the Internal Displacement Monitoring Centre]] because of disasters.",
)

F(
    "UNICEF: 47 million children displaced by conflict and disasters",
    "[[About 47.2 million children|displaced;a=UNICEF]] were living in displacement at the end of last year, UNICEF said, more than ever recorded. "
    "The agency said [[about 12.5 million|displaced;a=The agency;alt=UNICEF]] of them were refugees or asylum seekers.",
)
