"""Build eval/dev10/figures.jsonl from the hand-written texts below.

A tenth tuning set for the figure extractor: local and regional news from Latin America,
Francophone and Lusophone Africa, the Sahel, the Great Lakes, the Horn, South and Southeast Asia
and the Caucasus, as English-language wires and local outlets report it. It concentrates on the
categories that are hardest to tell apart (combatants, kidnapped, arrested, returned, other,
civilians, capacity, aid), often two or three of them in one sentence.

The span parser, the unit helper and the validator are shared with the other figure sets, in
eval/figset/; this file holds the texts.

Figures are marked inline in each text, so offsets are computed, never typed:

    [[SPAN|CATEGORY;key=value;...]]   a gold figure. keys: a= attribution, alt= attribution_alts
                                      (repeatable), u= unit, n= noun (n=- for none), p (projected),
                                      q= qualifier, v= value, lo= low, hi= high (overrides of
                                      what is parsed from SPAN)
    {{SPAN}}                          a negative (a number that is not a figure)

value, low, high, qualifier, vague, noun and unit are derived from the span text unless
overridden; `python build.py --table` prints every figure for review. The script validates every
record against eval/README.md (section 2) and writes shuffled records (fixed seed 10) with ids
"s0001"... and an empty conflict.jsonl (this set has no conflict part).

    python eval/dev10/build.py            # write figures.jsonl and validate it
    python eval/dev10/build.py --table    # also print all figures as a table
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # eval/: the figset package

from figset import F, SetConfig, run

CONFIG = SetConfig("dev10", Path(__file__).resolve().parent, "s", 10)

# ====================================================================== texts

# ====================================================================== texts


# ---------------------------------------------------------------- Latin America: Colombia

F(
    "Colombia: ELN fighters hand themselves in to army in Arauca",
    "[[Twenty-seven ELN fighters|combatants;a=the army's 18th Brigade]] surrendered to troops in rural Tame over the weekend, bringing with them [[31 rifles|other;a=the army's 18th Brigade]] and [[four motorcycles|other;a=the army's 18th Brigade]], the army's {{18th}} Brigade said on Monday. "
    "Among them were [[six minors|combatants]] recruited by the guerrilla, who were handed to the family welfare institute.",
)

F(
    "Colombia: dissidents hold soldiers in Cauca after clash",
    "Residents of El Plateado surrounded a patrol and held [[28 soldiers|kidnapped;a=the Defence Ministry]] for two days in {{March 2024}}, the Defence Ministry said, blaming pressure from FARC dissidents of the Carlos Patino front. "
    "The troops were released on Wednesday after talks mediated by the Ombudsman's Office, and [[four residents|arrested;a=the ministry;alt=the Defence Ministry]] accused of leading the blockade were detained, the ministry added.",
)

F(
    "Colombia: thousands confined in Catatumbo as armed groups fight",
    "Fighting between the ELN and a FARC dissident faction in the Catatumbo region has left [[at least 80 people|killed;a=the regional governor's office]] dead and forced [[more than 36,000 people|displaced;a=the regional governor's office]] from their homes since {{January 16}}, the regional governor's office said in {{2025}}. "
    "[[Another 20,000|civilians;a=the office;alt=the regional governor's office]] are confined in their villages and cannot move, the office said. "
    "Cucuta has set up [[12 shelters|capacity]] in schools and sports halls.",
)

F(
    "Colombia: Clan del Golfo members captured in Uraba",
    "Police captured [[14 alleged members|arrested;a=Police]] of the Clan del Golfo in raids across Uraba and seized [[22 firearms|other;a=Police]], [[3,400 rounds|other;a=Police]] of ammunition and [[two speedboats|other;u=other;a=Police]], Police said on Friday. "
    "The group, which authorities estimate has [[about 9,000 members|combatants;a=authorities]], controls cocaine routes to the Caribbean coast.",
)

F(
    "Colombia: Ombudsman warns of child recruitment in Guaviare",
    "Armed groups recruited [[at least 409 children and adolescents|combatants;n=children and adolescents;a=The Ombudsman's Office]] in Colombia in {{2024}}, up from [[342|combatants;a=The Ombudsman's Office]] the year before, The Ombudsman's Office said. "
    "In one case in Guaviare, [[five Indigenous children|killed]] who had escaped from a dissident camp were later found dead.",
)

F(
    "Colombia: Venezuelan migrants stranded in Necocli",
    "[[Some 4,000 migrants|displaced;a=the mayor of Necocli]], most of them Venezuelans and Haitians, are stranded in the port town waiting for boats to cross the Gulf of Uraba towards the Darien, the mayor of Necocli said in {{August 2021}}. "
    "The town of [[about 20,000 inhabitants|civilians;a=the mayor of Necocli]] has only one health post, he said, and the Red Cross has handed out [[1,800 hygiene kits|aid;a=the mayor of Necocli]].",
)

F(
    "Colombia: peace court hears former FARC commanders on kidnappings",
    "The Special Jurisdiction for Peace said the former FARC leadership was responsible for [[21,396 people|kidnapped;a=The Special Jurisdiction for Peace]] taken hostage between {{1990}} and {{2016}}. "
    "Many families paid ransoms of up to {{$500,000}}, and [[about 1,860|killed;a=the court;alt=The Special Jurisdiction for Peace]] of the captives died in captivity, the court added.",
)

F(
    "Colombia: Indigenous guard frees soldiers held in Cauca",
    "An Indigenous guard in Toribio handed over [[11 soldiers|kidnapped]] it had held for {{36 hours}} after a confrontation over the destruction of marijuana crops. "
    "[[Some 600 guards|other;a=community leaders]] armed only with staffs had surrounded the unit, community leaders said, and [[nine soldiers|injured;a=the army]] were hurt, according to the army.",
)

# ---------------------------------------------------------------- Mexico

F(
    "Mexico: National Guard deploys to Culiacan as cartel factions clash",
    "The federal government sent [[another 600 soldiers|combatants;a=Defence Ministry officials]] to Culiacan on Sunday, adding to the [[2,200 troops|combatants;a=Defence Ministry officials]] already in Sinaloa state, Defence Ministry officials said. "
    "Fighting between two factions of the Sinaloa Cartel has killed [[more than 150 people|killed;a=the state prosecutor's office]] since {{September 9}}, and [[at least 170|missing;a=the state prosecutor's office]] have been reported missing, according to the state prosecutor's office.",
)

F(
    "Mexico: gunmen abduct migrants from bus in Tamaulipas",
    "Armed men stopped a bus near Reynosa and abducted [[31 migrants|kidnapped;a=the National Migration Institute]] on {{December 30}}, the National Migration Institute said. "
    "Police later found [[24 of them|kidnapped;n=-;a=state officials]] alive in a safe house, state officials said, and [[two suspects|arrested;a=state officials]] were arrested at the scene.",
)

F(
    "Mexico: Michoacan villagers flee cartel drones",
    "[[About 200 families|displaced;a=local priests]] have abandoned their homes in the Tierra Caliente region of Michoacan after the Jalisco New Generation Cartel began dropping explosives from drones on their villages, local priests said. "
    "[[Dozens of residents|civilians]] remain in the hamlet of El Aguaje because they have nowhere to go, and [[at least three schools|other;u=structure]] have closed.",
)

F(
    "Mexico: police free kidnapped tourists in Veracruz",
    "Veracruz state police rescued [[eight tourists|kidnapped;a=the state security secretary]] from the capital who had been taken by a criminal group in Papantla, and [[five alleged kidnappers|arrested;a=the state security secretary]] were arrested, the state security secretary said on {{October 5, 2023}}. "
    "The gang had demanded {{1 million pesos}} for their release.",
)

F(
    "Mexico: soldiers seize arsenal at Sonora ranch",
    "Soldiers searching a ranch outside Caborca seized [[87 rifles|other;a=the Defence Ministry]], [[14 armoured vehicles|other;a=the Defence Ministry]] and more than {{1,000 kilograms}} of methamphetamine, the Defence Ministry said. "
    "[[Three gunmen|killed]] died in the firefight and [[one soldier|injured]] was wounded.",
)

F(
    "Mexico: Chiapas residents cross into Guatemala to escape cartel fighting",
    "[[More than 580 Mexicans|displaced;a=Guatemala's migration institute]] from the municipality of Amatenango de la Frontera crossed into Guatemala in {{July 2024}} after fighting between the Sinaloa and Jalisco cartels, Guatemala's migration institute said. "
    "Guatemalan authorities set up [[two shelters|capacity]] in Cuilco. Officials said they expected [[about 400 of the Mexicans|returned;p;a=Officials]] to go home within weeks.",
)

F(
    "Mexico: prison break in Ciudad Juarez",
    "Gunmen stormed the state prison in Ciudad Juarez on New Year's Day, killing [[10 guards|killed;a=the Chihuahua prosecutor's office]] and [[seven inmates|killed;a=the Chihuahua prosecutor's office]], and [[30 prisoners|other;a=the Chihuahua prosecutor's office]] escaped, the Chihuahua prosecutor's office said. "
    "[[Thirteen|injured]] were wounded.",
)

# ---------------------------------------------------------------- Haiti

F(
    "Haiti: gangs attack Gressier, thousands flee towards Leogane",
    "Members of the Grand Ravine gang attacked Gressier overnight, killing [[at least 13 people|killed;a=local authorities]] and setting fire to [[dozens of houses|housing;a=local authorities]], local authorities said. "
    "[[More than 5,000 residents|displaced;a=the IOM]] fled towards Leogane, according to the IOM, which said [[1,200 of them|displaced;n=-;a=the IOM]] were sleeping in a church.",
)

F(
    "Haiti: Kenyan-led mission receives more police",
    "[[Another 217 Kenyan police officers|combatants;a=the Multinational Security Support mission]] arrived in Port-au-Prince on Saturday, bringing the force to [[about 1,000 personnel|combatants;a=the Multinational Security Support mission]], the Multinational Security Support mission said in {{January 2025}}. "
    "The force was authorised to have [[up to 2,500 officers|combatants;p]] from ten countries.",
)

F(
    "Haiti: gang releases abducted nuns and orphanage staff",
    "Kidnappers released [[six nuns|kidnapped;a=the archdiocese of Port-au-Prince]] and [[two staff members|kidnapped;a=the archdiocese of Port-au-Prince]] of a Catholic school who had been abducted from a bus in the capital, the archdiocese of Port-au-Prince said on Friday. "
    "No ransom was paid, it said.",
)

F(
    "Haiti: displacement sites in capital overcrowded",
    "The number of displacement sites in the Port-au-Prince metropolitan area has risen to [[96|capacity;a=the IOM;u=other]], hosting [[more than 175,000 people|displaced;a=the IOM]], the IOM said. "
    "At the Lycee Marie-Jeanne, [[some 2,500 people|displaced]] share [[four latrines|aid]].",
)

F(
    "Haiti: police arrest suspected gang members in Petion-Ville",
    "Haiti's National Police said it arrested [[19 suspected members|arrested;a=Haiti's National Police]] of the Viv Ansanm coalition and seized [[seven weapons|other;a=Haiti's National Police]] in an operation in Petion-Ville on {{March 19}}. "
    "[[Two officers|injured]] were wounded and [[about 300 residents|displaced]] left the Laboule area during the fighting.",
)

F(
    "Haiti: Dominican Republic deports thousands of Haitians in a week",
    "Dominican authorities deported [[10,708 Haitians|returned;a=the Dominican migration agency]] in a single week, the Dominican migration agency said, part of a plan to expel [[up to 10,000 people a week|returned;p;a=the Dominican migration agency]]. "
    "The IOM said it had received [[about 3,200 returnees|aid;a=The IOM]] at the Belladere and Ouanaminthe crossings with hot meals and transport.",
)

F(
    "Haiti: WFP reaches families in Cite Soleil",
    "The World Food Programme said it had distributed hot meals to [[12,000 people|aid;a=The World Food Programme]] in Cite Soleil and the Croix-des-Bouquets area over ten days. "
    "[[Nearly 5.4 million Haitians|civilians;a=The World Food Programme]] face acute food insecurity, it said, and [[two of its trucks|other;u=other;n=trucks;a=The World Food Programme]] were looted on the road to Mirebalais.",
)

F(
    "Haiti: gangs kill villagers in Artibonite raid",
    "Gunmen from the Gran Grif gang killed [[at least 115 people|killed;a=the UN human rights office]] in Pont-Sonde in {{October 2024}}, the UN human rights office said, and set fire to [[45 houses|housing;a=the UN human rights office]] and [[34 vehicles|other;a=the UN human rights office]]. "
    "[[More than 6,270 residents|displaced;a=the IOM]] fled to Saint-Marc, according to the IOM.",
)

# ---------------------------------------------------------------- Ecuador

F(
    "Ecuador: troops retake Guayaquil prison",
    "[[About 2,700 soldiers and police officers|combatants;n=soldiers and police officers;a=the armed forces command]] entered the Litoral penitentiary on Thursday to retake control of the prison, the armed forces command said. "
    "The prison holds [[some 8,000 inmates|arrested;a=the prison service]], according to the prison service. The [[180 guards and staff|kidnapped;n=guards and staff]] held hostage during the riots were freed.",
)

F(
    "Ecuador: armed forces report arrests in first days of internal conflict decree",
    "Security forces arrested [[1,105 people|arrested;a=the Joint Command of the Armed Forces]] and killed [[five alleged terrorists|killed;a=the Joint Command of the Armed Forces]] in the {{first week}} after President Daniel Noboa declared an internal armed conflict, the Joint Command of the Armed Forces said in {{January 2024}}. "
    "[[Ninety-four|arrested;a=the Joint Command of the Armed Forces]] of the detainees were charged with terrorism, it said.",
)

F(
    "Ecuador: prison massacre in Guayaquil",
    "Fighting between rival gangs inside a Guayaquil prison killed [[at least 118 inmates|killed;a=police]] and wounded [[79|injured;a=police]], police said. "
    "[[About 400 police officers|combatants]] were sent into Pavilion {{5}} to restore order, and relatives waited outside for news of [[dozens of prisoners|missing]] whose fate was unknown.",
)

# ---------------------------------------------------------------- Venezuela

F(
    "Venezuela: post-election crackdown fills jails",
    "Venezuelan authorities detained [[more than 2,000 people|arrested;a=Attorney General Tarek William Saab]] in the days after the {{July 2024}} presidential vote, Attorney General Tarek William Saab said. "
    "Rights group Foro Penal said it had registered [[1,793 political prisoners|arrested;a=Rights group Foro Penal]], among them [[69 teenagers|arrested;a=Rights group Foro Penal]], and that [[25 people|killed;a=Rights group Foro Penal]] died in protests.",
)

F(
    "Venezuela: returnees arrive from Chile on repatriation flight",
    "A flight of the Vuelta a la Patria plan landed in Maiquetia with [[174 Venezuelans|returned;a=the government]] who had been living in Chile, the government said. "
    "It said [[more than 14,000 migrants|returned;a=the government]] had come home through the plan and that [[three more flights|other;p;a=the government]] were scheduled for the month.",
)

F(
    "Venezuela: soldiers killed in clash with Colombian guerrilla in Apure",
    "[[Eight Venezuelan soldiers|killed;a=Defence Minister Vladimir Padrino Lopez]] were killed and [[eight others|kidnapped;a=Defence Minister Vladimir Padrino Lopez]] taken prisoner by a Colombian armed group in Apure state, Defence Minister Vladimir Padrino Lopez said in {{May 2021}}. "
    "[[Nearly 6,000 people|displaced;a=local rights groups]] crossed the Arauca river into Colombia, local rights groups said.",
)

# ---------------------------------------------------------------- Brazil

F(
    "Brazil: police raid in Rio's Penha and Alemao complexes",
    "[[About 2,500 police officers|combatants;a=the Rio state government]] took part in a raid on the Penha and Alemao favela complexes, the Rio state government said. [[Sixty-four people|killed]] died in the operation, among them [[four officers|killed]]. "
    "Police arrested [[81 suspects|arrested;a=Police]] and seized [[93 rifles|other;a=Police]], Police said.",
)

F(
    "Brazil: Yanomami land operation removes miners",
    "Federal agents destroyed [[327 illegal mining camps|other;u=structure;a=Federal agents]] and seized [[18 aircraft|other;a=Federal agents]] in Yanomami territory, Federal agents said. "
    "[[More than 20,000 miners|other;a=the health ministry]] had worked in the reserve, and [[about 570 children|killed;a=the health ministry]] died of preventable causes over four years, according to the health ministry.",
)

F(
    "Brazil: Venezuelan migrants relocated from Roraima",
    "Operation Welcome flew [[312 Venezuelan migrants|displaced;a=the UNHCR]] from Boa Vista to other Brazilian states this week, the UNHCR said. "
    "The [[ten shelters|capacity]] in Roraima can house [[about 8,000 people|capacity]] and are almost full.",
)


# ---------------------------------------------------------------- Sahel: Mali, Burkina Faso, Niger

F(
    "Mali: jihadists besiege Boni, residents short of food",
    "The town of Boni in central Mali has been under blockade by JNIM fighters for four months, and [[some 7,000 residents|civilians;a=local officials]] are running out of food, local officials said in {{December 2022}}. "
    "An army convoy brought in [[12 trucks|aid]] of rice and millet last week, escorted by [[about 150 soldiers|combatants]].",
)

F(
    "Mali: displaced from Menaka region reach Gao camps",
    "[[Between 15,000 and 20,000 people|displaced;a=the regional humanitarian coordinator]] have arrived in Gao from the Menaka region since {{March}}, fleeing attacks by Islamic State Sahel Province, the regional humanitarian coordinator said. "
    "The [[three official camps|capacity;a=the WFP]] in Gao were built for [[6,000 people|capacity;a=the WFP]] and are overflowing, and [[2,300 households|aid;a=the WFP]] received food rations this month, according to the WFP.",
)

F(
    "Mali: Wagner and army troops accused over Moura killings",
    "A UN report said Malian troops and foreign military personnel killed [[at least 500 people|killed;a=A UN report]] in Moura over five days in {{March 2022}}, most of them summarily executed. "
    "[[About 3,000 people|arrested;a=the report;alt=A UN report]] were rounded up in the village and held for questioning, the report said, and [[58 women and girls|other;n=women and girls;a=the report;alt=A UN report]] were subjected to sexual violence.",
)

F(
    "Mali: gunmen kidnap passengers on Bandiagara road",
    "Suspected jihadists stopped [[three buses|other;a=the mayor of Bandiagara]] on the road between Bandiagara and Bankass and abducted [[around 40 passengers|kidnapped;a=the mayor of Bandiagara]], the mayor of Bandiagara told AFP in {{October 2023}}. "
    "[[Eleven of them|kidnapped;n=-]], mostly women, were freed the following day.",
)

F(
    "Burkina Faso: volunteers for the defence of the homeland recruited",
    "The government said [[more than 90,000 volunteers|combatants;a=The government]] had signed up to the Volunteers for the Defence of the Homeland (VDP) after a general call in {{2022}}, against a target of [[50,000|combatants;p;a=The government]]. "
    "Recruits receive {{14 days}} of training before deployment alongside the army.",
)

F(
    "Burkina Faso: Djibo under siege as convoy is attacked",
    "An attack on a supply convoy bound for Djibo killed [[at least 37 people|killed;a=the army]], including [[27 soldiers|killed;a=the army]], the army said. "
    "[[About 300,000 people|civilians;a=aid agencies]] are trapped in the town, aid agencies said, and helicopters have flown in [[60 tonnes|aid;a=aid agencies]] of food since {{June}}.",
)

F(
    "Burkina Faso: soldiers and auxiliaries killed in Barsalogho attack",
    "JNIM fighters attacked Barsalogho in {{August 2024}} as residents were digging trenches for the army, killing [[hundreds of people|killed;a=security sources and aid workers]], according to security sources and aid workers. "
    "A local association put the toll at [[about 400|killed;a=A local association]], and [[more than 200|injured;a=A local association]] were treated in Kaya.",
)

F(
    "Burkina Faso: schools closed by insecurity",
    "[[5,319 schools|other;a=the Education Ministry]] were closed across Burkina Faso in {{May 2024}} because of insecurity, depriving [[more than 818,000 pupils|civilians;a=the Education Ministry]] of classes, the Education Ministry said. "
    "[[Some 3,600 teachers|displaced]] have fled their posts.",
)

F(
    "Burkina Faso: displaced people count frozen at two million",
    "The last official count, published in {{March 2023}}, put the number of internally displaced people at [[2,062,534|displaced;a=The last official count]]. "
    "Aid groups estimate [[hundreds of thousands more|displaced;n=-;a=Aid groups]] have fled since then, and [[about 40 towns|other;u=other;a=Aid groups]] live under blockade.",
)

F(
    "Niger: soldiers killed near Tillaberi, army says",
    "[[Twenty-nine soldiers|killed;a=the Defence Ministry]] were killed when [[more than 100 fighters|combatants;a=the Defence Ministry]] on motorcycles attacked a post near Tassia, the Defence Ministry said. "
    "The army said it killed [[dozens of terrorists|killed;a=The army]] in the counter-attack and destroyed [[about 40 motorcycles|other;a=The army]].",
)

F(
    "Niger: migrants expelled from Algeria reach Assamaka",
    "[[More than 4,600 migrants|returned;a=Medecins Sans Frontieres]] expelled from Algeria arrived on foot in Assamaka in {{March 2024}}, Medecins Sans Frontieres said. "
    "The IOM transit centre in the town has room for [[about 1,000 people|capacity;a=The IOM]], The IOM said, and [[hundreds of migrants|displaced;a=The IOM]] sleep in the open.",
)

F(
    "Niger: villagers flee Torodi after attack on market",
    "Gunmen killed [[12 traders|killed;a=a local councillor]] at the weekly market in Torodi and set fire to [[17 shops|housing;a=a local councillor]], a local councillor said. "
    "[[Some 1,500 people|displaced]] from surrounding villages have since moved into the town, where they are staying in [[two schools|capacity]].",
)

F(
    "Niger: prisoners escape from Koutoukale jail",
    "An unknown number of inmates escaped from the high-security Koutoukale prison near Niamey on {{July 11}}, among them jihadist detainees, the Interior Ministry said. "
    "Security forces recaptured [[at least 21 prisoners|arrested;a=the Interior Ministry]] within {{24 hours}}, the Interior Ministry said later.",
)

# ---------------------------------------------------------------- Nigeria

F(
    "Nigeria: bandits abduct pupils from Kuriga school",
    "Gunmen on motorcycles abducted [[at least 287 pupils and teachers|kidnapped;n=pupils and teachers;a=the school's head teacher]] from a school in Kuriga, Kaduna state, the school's head teacher said in {{March 2024}}. "
    "Police said [[about 100 bandits|combatants;a=Police]] took part in the raid. "
    "[[Twenty-five pupils|kidnapped]] escaped in the forest and returned home.",
)

F(
    "Nigeria: army says Boko Haram fighters surrender with families",
    "[[More than 1,200 Boko Haram fighters|combatants;a=the army]] surrendered to troops in Borno state in two weeks, along with [[3,500 women and children|other;n=women and children;a=the army]], the army said. "
    "They are held at a rehabilitation camp in Maiduguri that can take [[up to 2,000 people|capacity]].",
)

F(
    "Nigeria: gunmen kill villagers in Plateau, burn homes",
    "Attackers killed [[more than 150 people|killed;a=local government officials]] in a series of raids on [[20 villages|other;a=local government officials]] in Bokkos and Barkin Ladi over Christmas, local government officials said. "
    "[[Over 220 houses|housing;a=the Red Cross]] were burned and [[some 10,000 people|displaced;a=the Red Cross]] fled, the Red Cross said, while [[dozens|missing;a=the Red Cross]] are still unaccounted for.",
)

F(
    "Nigeria: freed Chibok girl reunited with parents",
    "The army said it had rescued [[one more Chibok schoolgirl|kidnapped;a=The army]] in the Sambisa forest, ten years after [[276 girls|kidnapped;a=The army]] were taken from their school. "
    "[[About 82|kidnapped;a=campaigners]] of the girls are still held by their captors, campaigners said.",
)

F(
    "Nigeria: police arrest suspects after Zamfara abduction",
    "Zamfara police said they arrested [[nine suspected informants|arrested;a=Zamfara police]] for bandits who kidnapped [[more than 50 villagers|kidnapped;a=Zamfara police]] in Maradun. "
    "The bandits have demanded {{N60 million}}, and [[three of the captives|killed]] have died in captivity.",
)

F(
    "Nigeria: ISWAP attack on Borno displacement camp",
    "ISWAP fighters attacked a camp for displaced people in Dikwa, killing [[at least eight people|killed]] and abducting [[15 women|kidnapped]]. "
    "The camp houses [[about 27,000 displaced persons|displaced;a=the state emergency agency]], the state emergency agency said, and [[800 shelters|capacity;a=the state emergency agency]] were destroyed in the fire that followed.",
)

# ---------------------------------------------------------------- Cameroon

F(
    "Cameroon: separatists abduct students in Bamenda",
    "Separatist fighters abducted [[11 students|kidnapped;a=the governor of the North-West region]] and their principal from a school in Bamenda, the governor of the North-West region said. "
    "Troops later freed [[all 12|kidnapped;n=-]] in an operation in which [[two gunmen|killed]] were killed.",
)

F(
    "Cameroon: Anglophone regions still count hundreds of thousands displaced",
    "[[About 630,000 people|displaced;a=OCHA]] remain displaced inside Cameroon's North-West and South-West regions, and [[some 87,000|displaced;a=OCHA]] are refugees in Nigeria, OCHA said in {{2023}}. "
    "[[1.7 million people|civilians;a=OCHA]] need humanitarian assistance in the two regions, it said, and [[fewer than 400,000|aid;a=OCHA]] were reached.",
)

F(
    "Cameroon: Boko Haram kills civilians in Mozogo",
    "Boko Haram fighters killed [[nine civilians|killed;a=the mayor of Mozogo]] and abducted [[five others|kidnapped;a=the mayor of Mozogo]] in a night raid on a village near Mozogo, the mayor of Mozogo said. "
    "[[Dozens of families|displaced]] moved to the town centre.",
)

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


# ---------------------------------------------------------------- South Asia: Pakistan

F(
    "Pakistan: Kurram clashes, families flee Parachinar road",
    "Sectarian clashes in Kurram district killed [[at least 130 people|killed;a=district officials]] and wounded [[about 180|injured;a=district officials]] in ten days, district officials said. "
    "[[Around 2,000 families|displaced;a=the provincial disaster authority]] have left their villages for Hangu and Peshawar, according to the provincial disaster authority, and the blockaded road has left [[some 400,000 residents|civilians;a=the provincial disaster authority]] short of medicine.",
)

F(
    "Pakistan: Afghans deported through Torkham",
    "[[More than 1,700 Afghans|returned;a=border officials]] were deported through Torkham on Wednesday, border officials said, and [[a further 5,000|returned;a=border officials]] crossed on their own. "
    "The holding centre in Landi Kotal can take [[2,500 people|capacity;a=The provincial government]], The provincial government said, and [[around 300 detainees|arrested;a=The provincial government]] were waiting there for transport.",
)

F(
    "Pakistan: militants kill soldiers in North Waziristan",
    "Militants attacked a security post in Mir Ali, killing [[seven soldiers|killed;a=the military's media wing]] and wounding [[four|injured;a=the military's media wing]], the military's media wing said. "
    "It said troops killed [[all six attackers|killed;a=the military's media wing]].",
)

F(
    "Pakistan: Jaffar Express hijack ends, hostages freed",
    "Security forces freed [[346 passengers|kidnapped;a=the army]] held by Baloch separatists who hijacked the Jaffar Express in Bolan, the army said. "
    "The army said [[33 attackers|killed;a=The army]] were killed and that [[21 hostages|killed;a=The army]] and [[four soldiers|killed;a=The army]] died. "
    "[[Dozens of passengers|missing]] were still unaccounted for the next day.",
)

# ---------------------------------------------------------------- India: Manipur, Kashmir

F(
    "India: Manipur relief camps still full a year on",
    "[[About 60,000 people|displaced;a=the state government]] displaced by ethnic violence in Manipur are still living in [[more than 300 relief camps|capacity;a=the state government]], the state government said. "
    "[[Over 220 people|killed]] have been killed since {{May 2023}}, and [[about 4,800 houses|housing]] have been burned.",
)

F(
    "India: arms looted from Manipur armouries",
    "Mobs looted [[more than 4,000 weapons|other;a=security officials]] and [[about 500,000 rounds|other;a=security officials]] of ammunition from police armouries in Manipur, security officials said. "
    "Only [[about 1,800 weapons|other;a=officials]] have been returned, and [[some 40,000 security personnel|combatants;a=officials]] are deployed in the state, officials said.",
)

F(
    "India: Kuki and Meitei villages hit in Jiribam",
    "Gunmen attacked [[two villages|other;a=police]] near Jiribam, killing [[three women|killed;a=police]] and setting fire to [[at least 15 houses|housing;a=police]], police said. "
    "[[Six members|kidnapped;a=police]] of a family were abducted and later found dead, and [[about 1,000 villagers|displaced;a=police]] have moved to relief camps, police added.",
)

F(
    "India: militants killed in Kashmir encounter",
    "[[Three militants|killed;a=the police]] were killed in a gunfight with security forces in Kulgam district, the police said. "
    "[[Two soldiers|injured;a=the police]] were wounded, and [[five suspected overground workers|arrested;a=the police]] were detained, the police added.",
)

F(
    "India: Kashmiri Pandits return to Valley under job scheme",
    "[[About 5,900 Kashmiri Pandit employees|returned;a=the Home Ministry]] have gone back to the Valley under the Prime Minister's employment package, the Home Ministry told parliament. "
    "The government has built [[1,200 transit flats|capacity;a=The government]] and plans [[another 4,800|capacity;p;u=structure;a=The government]], The government said.",
)

# ---------------------------------------------------------------- Bangladesh and Myanmar

F(
    "Bangladesh: new Rohingya arrivals in Cox's Bazar",
    "[[About 60,000 Rohingya|displaced;a=Bangladesh's refugee commissioner]] have crossed from Rakhine into Bangladesh since late {{2023}}, Bangladesh's refugee commissioner said, fleeing fighting between the Arakan Army and the junta. "
    "The camps already host [[more than one million refugees|displaced;v=1000000]] in [[33 camps|capacity]].",
)

F(
    "Bangladesh: camp fire destroys Rohingya shelters",
    "A fire in Camp 11 destroyed [[more than 2,000 shelters|capacity;a=UNHCR]] and left [[about 12,000 Rohingya|displaced;a=UNHCR]] without a roof, UNHCR said. "
    "[[Some 90 learning centres|housing;u=structure;n=centres]] were also burned, and aid agencies handed out [[5,000 food packs|aid]].",
    ["Camp 11"],
)

F(
    "Bangladesh: Rohingya armed group members arrested in camps",
    "The Armed Police Battalion arrested [[14 members|arrested;a=The Armed Police Battalion]] of the Arakan Rohingya Salvation Army in the Ukhiya camps and seized [[six firearms|other;a=The Armed Police Battalion]], The Armed Police Battalion said. "
    "Camp leaders say [[several hundred young men|combatants;a=Camp leaders]] have been recruited by armed groups to fight in Rakhine.",
)

F(
    "Myanmar: junta conscription drive, youths flee",
    "The military said [[5,000 recruits|combatants;p;a=The military]] would be called up each month under the conscription law, and the first batch of [[about 5,000|combatants;a=state media]] began training in {{April 2024}}, according to state media. "
    "[[Thousands of young men|displaced]] have fled to areas held by resistance groups or across the border into Thailand.",
)

F(
    "Myanmar: airstrike on Sagaing village kills dozens",
    "A military airstrike on a gathering in Pazigyi village killed [[at least 160 people|killed;a=the National Unity Government]], among them [[about 40 children|killed;a=the National Unity Government]], the National Unity Government said. "
    "[[Between 50 and 60 people|injured;a=residents]] were wounded, residents said.",
)

F(
    "Myanmar: Arakan Army takes Maungdaw, soldiers surrender",
    "The Arakan Army said [[more than 300 junta soldiers|combatants;a=The Arakan Army]] surrendered when it captured the last base in Maungdaw, along with [[about 80 members|combatants;a=The Arakan Army]] of a Rohingya militia. "
    "It said [[hundreds of Rohingya civilians|civilians;a=The Arakan Army]] remain in the town.",
)

F(
    "Myanmar: displaced people in Karenni state in need of aid",
    "[[More than 120,000 people|displaced;a=local aid groups]] have been displaced in Karenni state, and {{around 70 percent}} of them live in forest camps with no aid, local aid groups said. "
    "Resistance groups say they hold [[more than 200 captured soldiers|arrested;a=Resistance groups]].",
)

# ---------------------------------------------------------------- Philippines and southern Thailand

F(
    "Marawi: years on, many residents are still waiting to go home",
    "[[About 17,000 families|displaced;a=the Marawi Reconstruction Conflict Watch]] displaced by the {{2017}} siege of Marawi are still living in transitory shelters or with relatives, the Marawi Reconstruction Conflict Watch said. "
    "The government has built [[3,600 permanent housing units|housing;a=The government]] and expects [[2,000 families|returned;p;a=The government]] to return to the most affected area by next year, The government said.",
)

F(
    "Philippines: New People's Army fighters give up arms in Agusan del Sur",
    "[[Forty-two New People's Army rebels|combatants;a=the military's Eastern Mindanao Command]] surrendered to the army in Agusan del Sur, the military's Eastern Mindanao Command said, turning over [[35 firearms|other;a=the military's Eastern Mindanao Command]]. "
    "The command said the rebels' strength in the region had fallen to [[fewer than 300 fighters|combatants;a=The command;alt=the military's Eastern Mindanao Command]].",
)

F(
    "Philippines: clashes in Maguindanao displace thousands",
    "Clashes between two factions of the Moro Islamic Liberation Front displaced [[about 3,000 families|displaced;a=the provincial disaster office]] in Datu Saudi Ampatuan, the provincial disaster office said. "
    "[[Eight evacuation centres|capacity;a=the social welfare department]] were opened, and the social welfare department handed out [[4,500 family food packs|aid;a=the social welfare department]], according to the social welfare department.",
)

F(
    "Thailand: bomb attacks in Narathiwat",
    "Insurgents set off [[nine bombs|other;u=other;a=the regional army command]] at shops and petrol stations across Narathiwat and Pattani overnight, wounding [[at least seven people|injured;a=the regional army command]], the regional army command said. "
    "[[About 60,000 soldiers, police and volunteers|combatants;n=soldiers, police and volunteers]] are deployed in the three southern provinces.",
)

F(
    "Thailand: Myanmar refugees sent back across Moei river",
    "Thai authorities sent back [[about 1,500 people|returned;a=a local rights group]] who had crossed from Myawaddy to escape fighting, a local rights group said. "
    "Mae Sot officials said [[around 3,000|displaced;a=Mae Sot officials]] are still sheltering in the district, in [[four temporary shelters|capacity;a=Mae Sot officials]].",
)

# ---------------------------------------------------------------- Caucasus

F(
    "Armenia: Karabakh Armenians arrive in Goris",
    "[[More than 100,000 people|displaced;a=the Armenian government]] have arrived in Armenia from Nagorno-Karabakh in a week, the Armenian government said in {{September 2023}}. "
    "[[About 2,000 of them|displaced;n=-;a=the government;alt=the Armenian government]] were housed in hotels and schools in Goris, the government said, and [[170 people|missing;a=the government;alt=the Armenian government]] are still being sought after the fuel depot blast.",
)

F(
    "Armenia: government offers housing to refugees from Karabakh",
    "The government has approved housing certificates for [[about 7,500 refugee families|aid;a=The government]], and [[some 1,200 families|aid;p;a=The government]] are expected to receive them by the end of the year, The government said. "
    "[[Fewer than 50 people|civilians]] remain in Stepanakert.",
)

F(
    "Azerbaijan: prisoners exchanged with Armenia",
    "Azerbaijan released [[32 Armenian soldiers|other;a=both governments]] and Armenia freed [[two Azerbaijani servicemen|other;a=both governments]] in an exchange brokered by the EU, both governments said. "
    "Baku says it still holds [[23 Armenians|arrested;a=Baku]], including former Karabakh leaders, on criminal charges.",
)

F(
    "Georgia: police detain protesters in Tbilisi",
    "Police detained [[more than 400 people|arrested;a=the Interior Ministry]] during protests against the government's decision to halt EU accession talks, the Interior Ministry said in {{December 2024}}. "
    "[[Over 100 protesters|injured;a=the Public Defender]] and [[about 150 police officers|injured;a=the Public Defender]] were hurt, the Public Defender said.",
)

F(
    "Georgia: displaced from Abkhazia and South Ossetia still in collective centres",
    "[[More than 290,000 internally displaced people|displaced;a=the Ministry of Internally Displaced Persons]] are registered in Georgia, the Ministry of Internally Displaced Persons said, and [[about 40,000 families|displaced;a=the Ministry of Internally Displaced Persons]] still live in [[more than 1,500 collective centres|capacity;a=the Ministry of Internally Displaced Persons]]. "
    "The ministry plans to provide [[4,000 flats|aid;p;a=The ministry;alt=the Ministry of Internally Displaced Persons]] this year.",
)

F(
    "Armenia: border villages shelled, residents evacuated",
    "Azerbaijani shelling hit [[36 settlements|other;u=other;a=Armenia's Security Council]] along the border, Armenia's Security Council said, and [[at least 49 Armenian soldiers|killed;a=Armenia's Security Council]] were killed. "
    "[[About 2,570 residents|displaced]] of Jermuk and nearby villages were evacuated, and [[192 houses|housing]] were damaged.",
)


# ---------------------------------------------------------------- mixed regions, part 2

F(
    "Colombia: Embera families return to Choco after months in Bogota park",
    "[[About 1,000 Embera people|returned;a=the Victims' Unit]] living in a Bogota park were taken back to their reserves in Choco and Risaralda, the Victims' Unit said in {{2022}}. "
    "[[A further 400|displaced]] refused to leave, saying armed groups still control their land, and [[three children|killed]] died in the camp during the year.",
)

F(
    "Colombia: landmine blasts injure civilians in Narino",
    "Landmines planted by armed groups wounded [[at least 14 civilians|injured;a=the Red Cross]] in Narino in {{2023}}, among them [[six children|injured;a=the Red Cross]], the Red Cross said. "
    "[[Some 5,000 people|civilians;a=the Red Cross]] in [[12 communities|other;u=other;a=the Red Cross]] are confined by the mines, it said.",
)

F(
    "Mexico: search collectives find bodies in Jalisco ranch",
    "A search collective found the remains of [[at least 200 people|killed;a=the collective]] at a ranch in Teuchitlan, the collective said, in a state where [[more than 15,000 people|missing;a=official figures]] are listed as missing, according to official figures. "
    "Investigators said [[about 1,300 items|other;a=Investigators]] of clothing and [[hundreds of shoes|other;u=other;a=Investigators]] were recovered.",
)

F(
    "Haiti: hospital attacked in capital, patients evacuated",
    "Gang members stormed the State University Hospital in Port-au-Prince, and [[about 40 patients|displaced;a=the hospital director]] were evacuated to other facilities, the hospital director said. "
    "[[Two nurses|missing;a=the hospital director]] have not been heard from, and [[four people|injured;a=the hospital director]] were shot during the evacuation, he said.",
)

F(
    "Haiti: displaced families leave Port-au-Prince for the provinces",
    "[[More than 116,000 people|displaced;a=the IOM]] left the Port-au-Prince metropolitan area in three weeks, most of them for the Grand Sud departments, the IOM said. "
    "Host families in Les Cayes are taking in relatives, and [[some 6,000 people|aid;a=local officials]] have received cash transfers, local officials said.",
)

F(
    "Ecuador: miners killed and missing after attack in Esmeraldas",
    "Gunmen attacked an informal gold mine in Esmeraldas province, killing [[nine miners|killed;a=the national police]] and wounding [[five|injured;a=the national police]], the national police said. "
    "[[At least eight workers|missing;a=relatives]] are missing, relatives said. [[About 120 families|displaced]] from the mining camp have moved to San Lorenzo.",
)

F(
    "Venezuela: Tren de Aragua members deported from US arrive in Caracas",
    "A deportation flight from Texas landed in Maiquetia with [[177 Venezuelan migrants|returned;a=the Interior Ministry]], the Interior Ministry said, adding that [[nine of them|arrested;n=-;a=the Interior Ministry]] were detained on arrival on suspicion of gang links. "
    "[[More than 250 Venezuelans|arrested]] are held in El Salvador after being sent there by the US government, which said they were gang members.",
)

F(
    "Brazil: floods of Venezuelans at Pacaraima border post",
    "[[About 500 Venezuelans a day|displaced;a=the Federal Police]] crossed the border at Pacaraima in {{May}}, the Federal Police said. "
    "The army's reception post there has [[1,000 places|capacity;a=the army]], the army said, and [[about 300 people|civilians]] sleep in the bus station.",
)

F(
    "Mali: Timbuktu blockade leaves residents without food",
    "The JNIM blockade of Timbuktu has left [[tens of thousands of residents|civilians;a=the city's crisis committee]] without regular supplies, the city's crisis committee said. "
    "[[Some 33,000 people|displaced;a=UNHCR]] from the city and surrounding villages have crossed into Mauritania's Mbera camp this year, according to UNHCR. Rocket fire killed [[at least 7 people|killed]] at the airport.",
)

F(
    "Mali: civilians killed on boat on Niger river",
    "An attack on a passenger boat on the Niger river near Banamba killed [[at least 49 civilians|killed;a=the transitional government]] and [[15 soldiers|killed;a=the transitional government]], the transitional government said. "
    "[[Dozens of passengers|missing]] are feared drowned, and [[more than 20|injured]] were taken to Gao.",
)

F(
    "Burkina Faso: returnees to Titao receive aid",
    "[[Some 12,000 displaced people|returned;a=the regional governor]] have returned to Titao after the army reopened the road, the regional governor said. "
    "The WFP has handed food rations to [[3,200 households|aid;a=The WFP]] in the town, The WFP said, and [[about 600 houses|housing;a=The WFP]] need repairs.",
)

F(
    "Niger: flows of displaced people into Ouallam",
    "[[Between 8,000 and 10,000 people|displaced;a=the prefect of Ouallam]] have arrived in Ouallam in a month after jihadist attacks on nearby villages, the prefect of Ouallam said. "
    "[[More than 70 houses|housing]] were burned in the attacks, and [[five villagers|missing]] have not been found.",
)

F(
    "Nigeria: communal clashes in Benue displace villagers",
    "Attacks by armed herders on farming villages in Benue killed [[at least 56 people|killed;a=the state governor]] and injured [[dozens|injured;a=the state governor]], the state governor said. "
    "[[Over 3,000 people|displaced;a=the state emergency management agency]] were moved to [[two camps|capacity;a=the state emergency management agency]] in Makurdi, according to the state emergency management agency.",
)

F(
    "Nigeria: Kebbi schoolgirls and teachers return home",
    "[[Twenty-four schoolgirls|kidnapped;a=the state police command]] abducted from a secondary school in Kebbi state have been released and reunited with their families, the state police command said. "
    "[[One teacher|kidnapped]] is still held, and [[one pupil|killed]] died in captivity.",
)

F(
    "Cameroon: Nigerian refugees pushed back from Far North",
    "Cameroon forcibly returned [[about 100,000 Nigerian refugees|returned;a=Human Rights Watch]] in {{2017}}, Human Rights Watch said. "
    "Minawao camp, designed for [[about 30,000 people|capacity;a=UNHCR]], now holds [[more than 70,000|displaced;a=UNHCR]], according to UNHCR.",
)

F(
    "CAR: floods of displaced people into Obo after Azande Ani Kpi Gbe attacks",
    "[[Between 6,000 and 7,000 people|displaced;a=OCHA]] have fled to Obo from surrounding villages, OCHA said, after attacks by the Azande Ani Kpi Gbe militia that killed [[at least 15 people|killed;a=OCHA]]. "
    "[[About 1,500|displaced]] are staying at the MINUSCA base.",
)

F(
    "DRC: displaced families go back to Masisi villages",
    "[[About 150,000 people|returned;a=local authorities]] have returned to Masisi after the {{M23}} withdrew from several localities, local authorities said. "
    "[[Nearly 60 schools|housing]] were damaged during the fighting, and [[at least 21 residents|missing]] are still unaccounted for.",
)

F(
    "DRC: Bunia hospital treats machete wounds after CODECO raid",
    "The general hospital in Bunia treated [[36 people|injured;a=Medecins Sans Frontieres]] with machete and gunshot wounds after a CODECO attack on Djugu villages, Medecins Sans Frontieres said. "
    "[[At least 18 people|killed;a=Medecins Sans Frontieres]] were killed and [[more than 120 homes|housing;a=Medecins Sans Frontieres]] burned, it said.",
)

F(
    "Mozambique: Chiure district floods with people fleeing insurgents",
    "[[About 67,000 people|displaced;a=the IOM]] fled to Chiure district in two weeks after insurgents attacked villages in {{February 2024}}, the IOM said. "
    "[[More than 70 children|missing;a=Save the Children]] were separated from their families during the flight, Save the Children said. [[500 houses|housing]] were burned in the raids.",
)

F(
    "Ethiopia: Afar residents flee border clashes",
    "Clashes between Afar and Somali militias along the regional border displaced [[about 12,000 people|displaced;a=the Afar regional government]] and killed [[at least 30|killed;a=the Afar regional government]], the Afar regional government said. "
    "[[Several hundred|injured]] were taken to hospitals in Semera and Dubti.",
)

F(
    "Somalia: Las Anod clashes displace residents",
    "Fighting in Las Anod between Somaliland forces and local clan militias has displaced [[between 154,000 and 203,000 people|displaced;a=the UN]], the UN said in {{2023}}. "
    "[[Up to 100,000|displaced;a=UNHCR]] crossed into Ethiopia, UNHCR said, and [[about 600 people|injured;a=the general hospital]] have been treated at the general hospital, according to the general hospital.",
)

F(
    "South Sudan: Malakal camp crowded with returnees from Sudan",
    "[[About 40,000 people|displaced;a=Medecins Sans Frontieres]] now live in the Malakal protection site, which was built for [[12,000|capacity;a=Medecins Sans Frontieres]], Medecins Sans Frontieres said. "
    "More than half are returnees from Sudan who could not go back to their home areas, and [[two children|killed]] died of cholera in a week.",
)

F(
    "Sudan: residents return to Khartoum after army takes capital",
    "[[About 400,000 people|returned;a=the IOM]] have returned to Khartoum state since the army retook the capital, the IOM said. "
    "[[More than 3.5 million|displaced]] remain displaced from the state, and [[at least 500 homes|housing]] in Omdurman were found looted and burned.",
)

F(
    "Sudan: Darfur refugees in Chad camps short of water",
    "[[Over 600,000 Sudanese refugees|displaced;a=UNHCR]] have arrived in eastern Chad since {{April 2023}}, UNHCR said. "
    "In the Adre area, [[about 180,000|displaced;a=Medecins Sans Frontieres]] live in makeshift camps with one latrine for every {{200 people}}, according to Medecins Sans Frontieres.",
)

F(
    "Pakistan: Tirah valley residents flee military operation",
    "[[About 10,000 families|displaced;a=tribal elders]] have left the Tirah valley ahead of a military operation against militants, tribal elders said. "
    "The government said it had registered [[3,500 families|aid;a=The government]] for cash aid and would set up [[two camps|capacity;p;a=The government]] in Bara.",
)

F(
    "India: Manipur violence leaves villagers missing",
    "[[Six people|missing;a=police]], among them [[three children|missing;a=police]], went missing from a relief camp in Jiribam after gunmen attacked a police post nearby, police said. "
    "[[Ten militants|killed]] were killed in the gunfight, and [[two civilians|injured]] were wounded.",
)

F(
    "Bangladesh: Rohingya boat capsizes, dozens missing",
    "A boat carrying [[about 70 Rohingya refugees|other;a=UNHCR]] to Malaysia capsized off Cox's Bazar, and [[at least 40 people|missing;a=UNHCR]] are missing, UNHCR said. "
    "The coast guard rescued [[24 survivors|other;a=The coast guard]], The coast guard said.",
)

F(
    "Myanmar: villages burned in Sagaing, thousands in forests",
    "Junta troops burned [[more than 500 houses|housing;a=local resistance groups]] in [[seven villages|other;a=local resistance groups]] in Sagaing's Kani township, local resistance groups said. "
    "[[About 10,000 villagers|displaced]] are hiding in nearby forests, and [[at least 17|killed]] were killed.",
)

F(
    "Myanmar: Rakhine residents trapped by fighting in Sittwe",
    "[[More than 200,000 people|civilians;a=the World Food Programme]] in Sittwe are cut off by land and sea, and [[up to 2 million people|civilians;a=the World Food Programme]] in Rakhine face famine, the World Food Programme said. "
    "It said it had reached only [[40,000 people|aid;a=the World Food Programme]] since the fighting began.",
)

F(
    "Philippines: evacuees in Basilan return after military clears area",
    "[[About 2,800 families|returned;a=the provincial government]] have returned to their homes in Sumisip after the military cleared the area of Abu Sayyaf remnants, the provincial government said. "
    "[[Around 400 families|displaced;a=the provincial government]] remain in evacuation centres because [[120 houses|housing;a=the provincial government]] were destroyed, it said.",
)

F(
    "Thailand: villagers in southern province affected by curfew",
    "The curfew imposed in [[three districts|other;u=other;a=the provincial governor]] of Yala after a series of bombings affects [[about 90,000 residents|civilians;a=the provincial governor]], the provincial governor said. "
    "[[Eight people|injured]] were hurt in the bombings.",
)

F(
    "Azerbaijan: returnees settle in Aghdam and Fuzuli under Great Return programme",
    "[[About 1,000 families|returned;a=the Azerbaijani government]] have moved into newly built homes in Aghdam and Fuzuli, the Azerbaijani government said. "
    "It plans to resettle [[34,500 families|returned;p;a=the Azerbaijani government]] by {{2026}}, and [[more than 300 people|killed;a=the Azerbaijani government]] have been killed by landmines since {{2020}}.",
)

F(
    "Georgia: South Ossetia detentions along boundary line",
    "Russian border guards detained [[17 Georgian citizens|arrested;a=the State Security Service]] along the South Ossetian boundary line in the first half of the year, the State Security Service said. "
    "[[Five of them|arrested;n=-;a=the State Security Service]] are still held in Tskhinvali, it said.",
)

F(
    "Armenia: Karabakh refugees still in temporary shelters a year on",
    "[[About 9,000 refugees|displaced;a=the Social Affairs Ministry]] from Nagorno-Karabakh still live in temporary shelters, the Social Affairs Ministry said, a year after [[more than 100,000|displaced;a=the Social Affairs Ministry]] fled. "
    "[[Around 8,000 of them|other;n=-]] have received Armenian citizenship.",
)


# ---------------------------------------------------------------- mixed regions, part 3

F(
    "Colombia: Catatumbo displaced fill Tibu coliseum",
    "[[About 2,600 people|displaced;a=the mayor of Tibu]] are sleeping in the municipal coliseum and [[three schools|capacity;a=the mayor of Tibu]], the mayor of Tibu said. "
    "[[Between 300 and 400 families|displaced]] arrive each day, and the government has sent [[40 tonnes|aid]] of food.",
)

F(
    "Haiti: Mirebalais falls to gangs, prisoners freed",
    "Gangs overran Mirebalais and freed [[529 inmates|other;a=the government]] from the town's prison, the government said in {{March 2025}}. "
    "[[More than 6,000 residents|displaced;a=the IOM]] fled towards Saut-d'Eau and Lascahobas, the IOM said, and [[dozens of people|civilians]] were trapped in a church.",
)

F(
    "Mali: refugees flee to Mauritania after Wagner raids",
    "[[About 7,000 Malians|displaced;a=UNHCR]] crossed into Mauritania in a month after raids by Malian troops and Russian mercenaries on border villages, UNHCR said. "
    "Mbera camp now hosts [[more than 100,000 refugees|displaced;a=UNHCR]] and aid agencies need to build [[2,000 more shelters|capacity;p;a=UNHCR]], it said.",
)

F(
    "Burkina Faso: Fada N'Gourma host families overwhelmed",
    "[[Some 45,000 displaced people|displaced;a=the regional social action office]] live with host families in Fada N'Gourma, the regional social action office said. "
    "[[About 15,000 residents|civilians]] of the town also need food aid, and [[two distribution sites|other]] serve the whole population.",
)

F(
    "Nigeria: Borno camp closures push displaced back to villages",
    "The Borno government has closed [[six camps|capacity;a=The Borno government]] in Maiduguri and sent [[about 140,000 people|returned;a=The Borno government]] back to their home areas, The Borno government said. "
    "Aid groups said [[at least 20,000|displaced;a=Aid groups]] of them ended up in informal settlements around garrison towns.",
)

F(
    "DRC: Beni residents flee ADF attacks towards Oicha",
    "[[Between 10,000 and 12,000 people|displaced;a=civil society leaders]] have fled villages around Eringeti towards Oicha after ADF attacks, civil society leaders said. "
    "[[Four churches|capacity;a=civil society leaders]] are being used as shelters, they said, and [[about 8,000 residents|civilians]] remain in Eringeti.",
)

F(
    "Ethiopia: displaced in Tigray's Shire sites wait to go home",
    "[[About 800,000 displaced people|displaced;a=the Tigray interim administration]] are still in camps and host communities in Tigray, the Tigray interim administration said. "
    "In Shire, [[more than 600 families|displaced]] share [[one former university campus|capacity;u=structure;n=campus]], and [[160 people a day|aid]] are treated for malnutrition.",
)

F(
    "Somalia: Beledweyne residents in need after al-Shabaab attack",
    "An al-Shabaab truck bomb in Beledweyne killed [[at least 30 people|killed;a=local officials]], local officials said. "
    "[[Some 2,000 households|civilians;a=the district commissioner]] in the area are in need of aid, the district commissioner said, and [[450 displaced families|displaced;a=the district commissioner]] lost their shelters.",
)

F(
    "Sudan: White Nile camps receive families from Khartoum",
    "[[More than 30,000 people|displaced;a=UNHCR]] have arrived in White Nile state from Khartoum in two weeks, UNHCR said, joining [[about 200,000 South Sudanese refugees|displaced;a=UNHCR]] in [[ten camps|capacity;a=UNHCR]]. "
    "[[Over 90 children|killed]] died of measles and malnutrition in the camps.",
)

F(
    "Pakistan: Bajaur families leave homes ahead of operation",
    "[[About 7,000 families|displaced;a=the district administration]] have left their homes in Bajaur's Mamund tehsil ahead of a military operation, the district administration said. "
    "The administration has set up [[107 relief camps|capacity;a=The administration;alt=the district administration]] in government buildings, The administration said.",
)

F(
    "India: Manipur people displaced to Mizoram",
    "[[More than 12,000 people|displaced;a=Mizoram officials]] from Manipur have taken shelter in Mizoram, Mizoram officials said. "
    "[[About 40,000 refugees|displaced]] from Myanmar also live in the state, and the state has asked for funds for [[at least 5,000 more food kits|aid;p]].",
)

F(
    "Myanmar: people flee to Thai border after junta airstrikes in Karen state",
    "[[Up to 10,000 people|displaced;a=the Karen National Union]] fled to the Moei river after junta airstrikes on villages in Karen state, the Karen National Union said. "
    "[[About 2,000|displaced;a=Thai officials]] crossed into Thailand, Thai officials said, and [[about 1,200 of them|returned;n=-;a=Thai officials]] were sent back within days.",
)

F(
    "Philippines: Sulu fighting displaces villagers",
    "Fighting between troops and Abu Sayyaf gunmen in Patikul displaced [[some 1,500 families|displaced;a=the municipal social welfare office]], the municipal social welfare office said. "
    "[[Five soldiers|injured]] were wounded in the clashes.",
)

F(
    "Armenia: villagers of Tegh fear new displacement",
    "[[About 2,500 residents|civilians;a=the village head]] of Tegh live within range of Azerbaijani positions, the village head said. "
    "[[Around 100 families|displaced;a=the village head]] moved to Goris after the {{2022}} clashes, he said, and [[40 houses|housing;a=the village head]] are still damaged.",
)


# ---------------------------------------------------------------- texts with numbers but no figure

F(
    "Colombia: Medellin hosts regional security conference",
    "Defence ministers from across Latin America met in Medellin on {{June 4, 2019}} for a {{two-day}} conference on organised crime. "
    "Colombia's defence budget for {{2020}} was set at {{38.1 trillion pesos}}, about {{3.1%}} of GDP, the ministry said.",
)

F(
    "Mexico: court sentences former police chief",
    "A federal court in Mexico City sentenced a {{58-year-old}} former police chief from Guerrero to {{27 years}} in prison on {{Thursday}}, the {{third}} conviction in the case. "
    "The hearing began at {{10:30 a.m.}} and lasted {{nine hours}}.",
)

F(
    "Haiti: schools reopen for new term",
    "Schools in Cap-Haitien reopened on {{September 2, 2024}}, {{three weeks}} later than planned. "
    "Tuition in private schools has risen by about {{40 percent}} since {{2021}}, to roughly {{25,000 gourdes}} a year, parents said.",
)

F(
    "Ecuador: referendum on security measures",
    "Ecuadorians voted on {{April 21, 2024}} in a referendum on security and the economy. "
    "The yes side won about {{64%}} on the question of extraditing nationals, and turnout was {{72.6 percent}}, the electoral council said.",
)

F(
    "Venezuela: oil output rises",
    "Venezuela's oil output rose to {{910,000 barrels per day}} in {{October}}, its highest since {{2019}}, according to OPEC figures. "
    "PDVSA plans to invest {{$2.4 billion}} in the Orinoco belt over the next {{five years}}.",
)

F(
    "Brazil: Amazon deforestation falls",
    "Deforestation in the Brazilian Amazon fell by {{30.6%}} in the {{12 months}} to {{July 2024}}, to {{6,288 square kilometres}}, the space agency INPE said. "
    "It was the lowest level since {{2015}}.",
)

F(
    "Mali: transition charter extended",
    "Mali's military leaders adopted a charter on {{July 8, 2025}} granting the transitional president a renewable {{five-year}} mandate from {{2025}}. "
    "The {{42-year-old}} colonel first took power in {{August 2020}}.",
)

F(
    "Burkina Faso: gold exports rise despite insecurity",
    "Burkina Faso's gold exports rose {{4%}} in {{2023}}, the mines ministry said, earning about {{2,500 billion CFA francs}}. "
    "A new refinery is due to open in {{2026}}, a year later than planned.",
)

F(
    "Nigeria: Super Eagles win in Uyo",
    "Nigeria beat Benin {{3-0}} in Uyo on {{Saturday}}, with a hat-trick from the striker in the {{17th}}, {{43rd}} and {{78th minutes}}. "
    "Nigeria moved up to {{fourth}} in the group with {{seven points}} from {{six games}}.",
    ["17th", "43rd", "78th minutes"],
)

F(
    "Cameroon: president's age raised in election debate",
    "Cameroon's {{92-year-old}} president, in power since {{1982}}, is seeking an {{eighth}} term in the {{October 12}} election. "
    "The electoral law sets a deposit of {{30 million CFA francs}} for candidates.",
)

F(
    "DRC: Ebola outbreak declared over",
    "The health ministry declared the Ebola outbreak in Kasai over on {{December 1}}, {{42 days}} after the last patient tested negative. "
    "It was the country's {{16th}} outbreak since {{1976}}.",
)

F(
    "Ethiopia: GERD fifth filling completed",
    "Ethiopia completed the {{fifth}} filling of the Grand Ethiopian Renaissance Dam in {{September 2024}}, bringing the reservoir to {{64 billion cubic metres}}. "
    "The dam is expected to produce {{5,150 megawatts}} when complete.",
)

F(
    "Somalia: Mogadishu port revenue up",
    "Revenue at Mogadishu port rose {{18%}} in the {{first half}} of {{2024}}, the ports ministry said. "
    "The new berth is {{300 metres}} long and can take ships with a draft of up to {{14 metres}}.",
)

F(
    "Pakistan: Karachi heatwave temperatures",
    "Temperatures in Karachi reached {{42 degrees Celsius}} on {{June 24}}, with humidity at {{60 percent}}, the Meteorological Department said. "
    "Power cuts lasted up to {{10 hours}} a day in some districts.",
)

F(
    "India: Manipur anniversary marked with shutdown",
    "Shops and offices in Imphal closed on {{May 3, 2024}} to mark {{one year}} since the violence began. "
    "The state's internet ban, first imposed in {{2023}}, had lasted more than {{200 days}}, the longest in India that year.",
)

F(
    "Bangladesh: garment exports recover",
    "Bangladesh's garment exports rose {{11.7%}} in {{January}} to {{$4.4 billion}}, the exporters' association said. "
    "Factories in Ashulia reopened after a {{10-day}} closure.",
)

F(
    "Philippines: typhoon warning lifted",
    "The weather bureau lifted signal No. {{3}} for Samar on {{Tuesday}} as the typhoon, with winds of {{185 km/h}}, moved out to sea at {{20 km/h}}. "
    "It was the {{11th}} storm of the year.",
)

F(
    "Thailand: southern peace talks resume",
    "Thai officials and the BRN resumed peace talks in Kuala Lumpur on {{February 6, 2024}}, the {{first}} round in {{14 months}}. "
    "The conflict in the southern provinces began in {{2004}}.",
)

F(
    "Armenia: Yerevan metro fare rises",
    "Yerevan's metro fare will rise to {{200 drams}} from {{100 drams}} on {{January 1}}, the city hall said, the first increase since {{2009}}. "
    "The network opened in {{1981}}.",
)

F(
    "Georgia: wine exports reach record",
    "Georgia's wine export revenue reached {{$260 million}} in {{2023}}, up {{3%}}, the National Wine Agency said. "
    "Russia bought about {{60 percent}}, and exports to China fell by {{12%}}.",
)


# ---------------------------------------------------------------- mixed regions, part 4

F(
    "Colombia: troops sent to Cauca town after dissidents kill villagers",
    "The [[1,200 troops|combatants;a=the Defence Ministry]] deployed to Suarez after dissidents killed [[seven villagers|killed;a=the Defence Ministry]] will stay until the end of the year, the Defence Ministry said. "
    "[[About 4,500 residents|civilians;a=the Ombudsman's Office]] of the rural area are at risk of confinement, the Ombudsman's Office warned.",
)

F(
    "Nigeria: Zamfara villagers remain under bandit levies",
    "[[More than 100,000 people|civilians;a=a local rights group]] in [[over 60 villages|other;a=a local rights group]] of Tsafe and Maru pay levies to bandit groups to be allowed to farm, a local rights group said. "
    "Troops freed [[14 captives|kidnapped]] in the area last week and arrested [[three informants|arrested]].",
)

F(
    "Sudan: civilians remain in El Obeid as RSF approaches",
    "[[Around 600,000 people|civilians;a=the state governor]] remain in El Obeid, the state governor said, as RSF fighters advance from the west. "
    "[[Some 5,000 volunteers|combatants;a=the governor;alt=the state governor]] have joined the army's popular resistance units in the town, the governor added, and [[more than 50,000 displaced|displaced;n=displaced;a=the governor;alt=the state governor]] are sheltering in [[30 schools|capacity;a=the governor;alt=the state governor]].",
)

F(
    "Myanmar: Rohingya held in Rakhine after boat interception",
    "Junta forces intercepted a boat off Sittwe and detained [[128 Rohingya|arrested;a=state media]], among them [[40 children|arrested;a=state media]], state media reported. "
    "[[About 600,000 Rohingya|civilians;a=the UN]] remain in Rakhine, according to the UN, and [[as many as 140,000|displaced;a=the UN]] are confined to camps.",
)


# ---- end of texts (batches are inserted above this line)


if __name__ == "__main__":
    sys.exit(run(CONFIG))
