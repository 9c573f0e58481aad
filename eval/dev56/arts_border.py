"""dev56 items: border crossings and arrivals, asylum claims and reception, resettlement and
integration, pushbacks and interceptions, smugglers arrested and migrants kidnapped on the
route, rescues and shipwrecks.

Marks: [[span|category;a=source;alt=...;u=unit;n=noun;p]] is a figure, {{span}} a negative
(eval/figset/marks.py).
"""

from figset import F

F(
    "Evros: smugglers arrested, migrants found in a truck",
    "Police in Alexandroupolis arrested [[three suspected smugglers|arrested;a=police]] on Sunday after finding [[42 migrants|other;a=police]] hidden in a refrigerated truck on the Egnatia motorway, police said. "
    "The driver, a {{27-year-old}}, told investigators he had been paid {{€2,000}}. "
    "[[More than 2,300 people|displaced;a=the regional police directorate]] have crossed the Evros this year, according to the regional police directorate.",
)

F(
    "Calabria shipwreck: bodies recovered, boat's crew arrested",
    "The bodies of [[at least 59 people|killed;a=the coast guard]], among them [[12 children|killed;a=the coast guard]], had been recovered from the sea off Steccato di Cutro by Monday evening, the coast guard said. "
    "Rescuers pulled [[76 people|other]] alive from the water, and [[dozens more|missing;n=-]] are missing. "
    "Police arrested [[three men|arrested;a=police]] accused of steering the boat from İzmir, a journey of about {{1,200 kilometres}}, police said.",
)

F(
    "National Guard frees 28 migrants held in a Juárez house",
    "The National Guard freed [[28 migrants|kidnapped;a=the Chihuahua state prosecutor's office]] who were being held by kidnappers in a house at {{214}} Calle Fresno in Ciudad Juárez, the Chihuahua state prosecutor's office said on Friday. "
    "Among them were [[nine children|kidnapped]]. "
    "[[Five suspects|arrested;a=the office;alt=the Chihuahua state prosecutor's office]] were arrested, the office said, and the captors had demanded {{$3,000}} a person from relatives in the United States.",
)

F(
    "Eagle Pass: apprehensions fall as Guard troops stay",
    "Border Patrol agents in the Del Rio sector apprehended [[about 2,600 migrants|arrested;a=the agency;alt=Border Patrol]] last month, down from [[more than 64,000|arrested;a=the agency;alt=Border Patrol]] in {{December 2023}}, the agency said. "
    "The governor's office said [[about 1,500 National Guard troops|combatants;a=The governor's office]] remain in Shelby Park and along {{Highway 277}}.",
)

F(
    "City's asylum help centre passes 10,000 applicants",
    "The city's Asylum Application Help Center has helped [[more than 10,000 asylum seekers|aid;n=asylum seekers;a=City Hall]] apply for asylum, work permits and temporary protected status since it opened in {{June 2023}}, City Hall said. "
    "The centre sees [[about 300 people a day|aid;a=City Hall]], and [[about 2,000 applications|other;u=other;a=City Hall]] it filed are still pending, City Hall said.",
)

F(
    "Necoclí: migrants wait on the beach for boats to Acandí",
    "[[Around 3,000 migrants|displaced;a=the mayor's office]], most of them Venezuelans and Haitians, are waiting in Necoclí for the {{90-minute}} boat ride across the Gulf of Urabá, the mayor's office said. "
    "The licensed boat companies can carry [[about 1,000 people a day|capacity]]. "
    "The Ombudsman's Office said [[at least 11 people|missing;a=The Ombudsman's Office]] had disappeared in the Darién jungle this month. "
    "[[About 150 Venezuelans|returned]] gave up last week and boarded buses back south.",
)

F(
    "Moyale: Ethiopians fleeing clashes cross into Kenya",
    "[[About 2,500 Ethiopians|displaced;a=the Marsabit county commissioner]] fleeing clashes in Oromia crossed into Kenya at Moyale in {{three days}}, the Marsabit county commissioner said. "
    "They are staying at [[two primary schools|capacity]] and the Catholic mission, where the Kenya Red Cross gave food rations to [[600 households|aid]]. "
    "Police said [[seven people|arrested;a=Police]] had been arrested in Moyale for smuggling weapons across the border. "
    "[[About 700|returned]] have already gone back to the Ethiopian side of Moyale as the fighting eased.",
)

F(
    "Coast guard rescues 48 migrants off Ayvalık",
    "The Coast Guard Command said it rescued [[48 irregular migrants|other;a=The Coast Guard Command]] from a rubber boat pushed back into Turkish waters off Ayvalık, and that [[two organisers|arrested;a=The Coast Guard Command]] were detained in a separate operation in Dikili. "
    "[[Thirty-one|other]] of the migrants were from Afghanistan and the rest from Somalia and Eritrea, among them a {{nine-month-old}} baby. "
    "They said the boat's engine had been taken away.",
)

F(
    "Crete: hundreds arrive south of Gavdos in a day",
    "[[More than 500 migrants|displaced;a=the coast guard]] arrived south of Gavdos on [[five boats|other;a=the coast guard]] on Saturday and were taken to Agia Galini and Heraklion, the coast guard said. "
    "The regional governor said [[about 300 people|displaced;a=The regional governor]] were sleeping in a municipal hall in Agia Galini meant for [[120|capacity;a=The regional governor]]. "
    "[[About 200 of them|displaced;n=-]] were taken to Piraeus by ferry on Sunday. "
    "The government has suspended asylum applications by arrivals from North Africa for {{three months}}.",
)

F(
    "Rome court orders release of men held in Albania",
    "A Rome court on Friday refused to validate the detention of [[12 men|arrested]] from Bangladesh and Egypt held at the Gjadër centre in Albania, and ordered them brought to Italy. "
    "The centre, built for [[760 people|capacity;a=the Italian Refugee Council]], has held [[fewer than 30|arrested;a=the Italian Refugee Council]] {{at any one time}} since it opened in {{October}}, according to the Italian Refugee Council. "
    "The agreement is meant to cost {{€650 million}} over {{five years}}.",
)

F(
    "Army foils crossing of 1,100 Syrians in Wadi Khaled",
    "The Lebanese army said on {{12 June}} that it had foiled attempts by [[about 1,100 Syrians|other;a=The Lebanese army]] to cross into Lebanon illegally through Wadi Khaled and Hermel during the past week, and arrested [[12 smugglers|arrested;a=The Lebanese army]]. "
    "A municipal official in Wadi Khaled said [[about 400 families|displaced;a=A municipal official in Wadi Khaled]] who crossed in recent weeks were staying with relatives in the area.",
)

F(
    "FIA arrests 14 suspected agents after Greek shipwreck",
    "The Federal Investigation Agency (FIA) said it had arrested [[14 suspected human smugglers|arrested;a=The Federal Investigation Agency (FIA)]] in Gujrat, Gujranwala and Azad Kashmir after the sinking of a fishing boat off Pylos, in which [[about 300 Pakistanis|missing;a=The Federal Investigation Agency (FIA)]] are among the missing. "
    "Families in Kotli told this newspaper they had paid agents up to {{Rs 2.5 million}} each for the journey. "
    "The foreign office said [[12 Pakistani survivors|other;a=The foreign office]] had been identified in Greece.",
)

F(
    "Border Guard Bangladesh says India pushed in 1,200 people",
    "Border Guard Bangladesh (BGB) said India's Border Security Force had pushed [[about 1,200 people|returned;a=Border Guard Bangladesh (BGB)]] into Bangladesh through the Kurigram, Sylhet and Moulvibazar frontiers in {{May}}. "
    "BGB said it had sent [[67 of them|returned;n=-;a=BGB]] back to India because they were Indian citizens. "
    "Assam police said [[about 300 people|arrested;a=Assam police]] had been detained as suspected foreigners.",
)

F(
    "Teknaf: new Rohingya arrivals cross as fighting rages in Maungdaw",
    "[[About 8,000 Rohingya|displaced;a=the Refugee Relief and Repatriation Commissioner]] have crossed into Bangladesh over the past {{two months}} to escape fighting between the Arakan Army and Myanmar's military in Maungdaw, the Refugee Relief and Repatriation Commissioner said. "
    "Local officials said [[about 60 boats|other;a=Local officials]] had crossed the Naf river at night, and that the coast guard had turned back [[11 boats|other;a=Local officials]]. "
    "Villagers said [[at least nine bodies|killed;a=Villagers]] had washed ashore at Shahpori Dwip.",
)

F(
    "Adré: Sudanese keep crossing into Chad after Zamzam",
    "[[More than 1,200 people|displaced;a=the Adré prefect]] crossed into Chad at Adré on Sunday, most of them women and children from El Geneina and the camps around El Fasher, the Adré prefect said. "
    "Aid workers said [[14 trucks|aid;a=Aid workers]] of WFP food crossed in the other direction, into West Darfur, the same day. "
    "The prefect said [[between 500 and 600 refugees a day|returned;a=The prefect;alt=the Adré prefect]] were also crossing back into Sudan to check on their homes and farms. "
    "The transit site at the border, opened in {{2023}} and built for [[20,000 people|capacity]], holds [[more than 180,000|displaced]].",
)

F(
    "Border guards detain men trying to swim the Tisza",
    "Ukraine's State Border Guard Service said it had detained [[23 men|arrested;a=Ukraine's State Border Guard Service]] trying to cross the Tisza river into Romania in Zakarpattia over the weekend, and [[six guides|arrested;a=Ukraine's State Border Guard Service]] who had charged them up to {{$8,000}} each. "
    "Men aged {{18 to 60}} are barred from leaving the country. "
    "The service said [[at least 38 men|killed;a=The service;alt=Ukraine's State Border Guard Service]] had drowned in the river since the start of the full-scale invasion. "
    "Romanian border police said [[about 6,000 Ukrainian men|displaced;a=Romanian border police]] had reached Romania illegally since {{2022}}, most of them seeking temporary protection.",
)

F(
    "Gunmen seize bus passengers on National Road 1",
    "Gang members kidnapped [[12 passengers|kidnapped;a=police]] from a bus travelling from Port-au-Prince to Saint-Marc on {{National Road 1}} near Arcahaie, police said. "
    "The passengers included [[four people|kidnapped]] deported from the Dominican Republic {{two days}} earlier. "
    "Residents said [[about 200 families|displaced;a=Residents]] had fled the area since the gang took control of the road.",
)

F(
    "Cameroonian refugees in Cross River: a new school year",
    "[[About 9,000 Cameroonian refugees|displaced;a=the Cross River State Emergency Management Agency]] have arrived in Cross River's border communities since {{January}}, the Cross River State Emergency Management Agency said. "
    "The agency said [[about 1,400 refugee children|other;a=The agency;alt=the Cross River State Emergency Management Agency]] had been enrolled in local primary schools, and that [[about 500 refugee households|other;a=The agency;alt=the Cross River State Emergency Management Agency]] were now farming land lent by chiefs in Ikom, {{300 hectares}} in all. "
    "[[About 1,200|returned]] have gone back across the border since the fighting in their area eased.",
)

F(
    "Sacramento's Afghan families, three years on",
    "[[About 1,500 Afghans|displaced;a=the International Rescue Committee (IRC)]] have been resettled in Sacramento County since {{2021}}, the International Rescue Committee (IRC) said. "
    "The group said [[about 420 adults|other;a=The group;alt=the International Rescue Committee (IRC)]] found work in the past year and [[about 300 families|other;a=The group;alt=the International Rescue Committee (IRC)]] signed their own leases. "
    "The IRC expects [[up to 800 more|displaced;p;n=-;a=The IRC]] to arrive this year.",
)

F(
    "Riace's welcome, revived",
    "Riace, a Calabrian village of [[about 1,800 residents|civilians;a=the mayor]], now hosts [[around 120 asylum seekers|displaced;n=asylum seekers;a=the mayor]] under the national reception system, the mayor said. "
    "At its peak in {{2016}}, the village housed [[about 450 migrants|displaced]] in [[about 100 empty houses|capacity]] left by families who had emigrated.",
)

F(
    "Asylum applications fall in Greece",
    "The Asylum Service received [[about 2,100 applications|other;u=other;a=the Migration Ministry]] in {{August}}, down from [[about 5,400|other;u=other;a=the Migration Ministry]] a year earlier, the Migration Ministry said. "
    "[[About 29,000 asylum seekers|displaced;n=asylum seekers;a=the ministry;alt=the Migration Ministry]] live in the country's [[32 camps|capacity;a=the ministry;alt=the Migration Ministry]] on the mainland, the ministry said.",
)

F(
    "Istanbul police detain 1,700 irregular migrants in a week",
    "Istanbul police caught [[about 1,700 irregular migrants|arrested;a=the provincial migration management directorate]] in operations in Esenyurt, Zeytinburnu and Fatih over the past week, the provincial migration management directorate said. "
    "[[About 900|returned;p;a=the provincial migration management directorate]] of them will be deported, it said. "
    "Police also detained [[11 suspected organisers|arrested]], including a {{34-year-old}} Afghan said to run the network.",
)

F(
    "Caravan of 3,000 sets off from Tapachula",
    "[[About 3,000 migrants|displaced;a=organisers]] set off on foot from Tapachula on Sunday morning, organisers said. "
    "The National Migration Institute said it had offered [[about 600 people|other;a=The National Migration Institute]] humanitarian visas to leave the caravan. "
    "The group walked {{18 kilometres}} to Álvaro Obregón before stopping for the night.",
)

F(
    "Ocean Viking told to disembark in Ravenna, 1,000 km away",
    "The rescue ship Ocean Viking picked up [[68 people|other;a=SOS Méditerranée]] from a rubber boat off Libya and was assigned the port of Ravenna, {{1,000 km}} away, SOS Méditerranée said. "
    "[[Nine of them|injured;n=-;a=the charity;alt=SOS Méditerranée]] had fuel burns, the charity said.",
)
