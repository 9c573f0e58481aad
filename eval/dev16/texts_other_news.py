"""dev16 texts: other news with the occasional real count, parts 1 and 2.

TEXTS = [(title, marked text), ...]; a third item, where present, lists extra negatives.
"""

TEXTS = [
    # ---------------------------------------------------------------- other news with the occasional real count, part 1
    (
        "Germany: carmaker to cut jobs at three plants",
        "Volkswagen agreed with unions on {{20 December 2024}} to cut [[more than 35,000 jobs|other;p;a=Volkswagen]] in Germany by {{2030}}, without forced redundancies, Volkswagen said. "
        "The company's operating margin fell to {{2.1%}} in the {{third quarter}}, and the deal saves about {{1.5 billion euros}} a year. "
        "Annual production capacity in Germany will be cut by about a quarter.",
    ),
    (
        "United States: tech company lays off staff",
        "Meta said it would lay off [[11,000 employees|other;p;a=Meta]], about {{13%}} of its workforce, in {{November 2022}}. "
        "Shares rose {{5.2%}} to {{$101.47}} in early trading. "
        "Severance will include {{16 weeks}} of base pay plus {{two weeks}} for every year of service.",
    ),
    (
        "Britain: air traffic control failure strands passengers",
        "A technical fault in the UK's air traffic control system on the {{August 28}} bank holiday led to [[more than 1,500 flights|other;a=aviation analytics firm Cirium]] being cancelled, aviation analytics firm Cirium said. "
        "[[About 700,000 passengers|other]] were affected, and some were stranded abroad for {{up to five days}}. "
        "The fault was traced to a flight plan with a duplicated waypoint name.",
    ),
    (
        "France: pension reform protests draw big crowds",
        "[[More than 1.28 million people|other;a=the interior ministry]] marched across France on {{7 March 2023}} against plans to raise the pension age from {{62 to 64}}, the interior ministry said. "
        "The CGT union put the number at [[3.5 million|other;a=The CGT union]]. "
        "Rail traffic was cut by about {{80%}} and {{about 30%}} of teachers were on strike.",
    ),
    (
        "Italy: migrants arrive on Lampedusa",
        "[[More than 5,000 migrants|displaced;a=the Red Cross]] arrived on Lampedusa on {{12 September 2023}} aboard [[112 boats|other;a=the Red Cross]], the Red Cross said. "
        "The island's reception centre, built for [[about 400 people|capacity]], held [[nearly 7,000|displaced]] the next day. "
        "Lampedusa has a population of [[about 6,000|civilians]].",
    ),
    (
        "Germany: Second World War bomb forces evacuation in Cologne",
        "Bomb disposal experts defused a {{1,000-kilogram}} American aerial bomb found during construction work in Cologne's Deutz district on {{Wednesday}}. "
        "[[About 20,000 residents|displaced;a=the city]] within a radius of {{one kilometre}} had to leave their homes, the city said, and [[three hospitals|other;u=structure;a=the city]] were cleared. "
        "The bomb was dropped between {{1940 and 1945}}.",
    ),
    (
        "Iceland: lava reaches Grindavik after eruption",
        "Lava from a fissure {{3.5 km}} long flowed into the edge of Grindavik on {{14 January 2024}}, setting [[three houses|housing;a=the Civil Protection agency]] on fire, the Civil Protection agency said. "
        "The town's [[3,700 residents|displaced]] had been evacuated in {{November}}, when hundreds of small earthquakes shook the Reykjanes peninsula. "
        "The eruption was the {{fifth}} in the area since {{December 2023}}.",
    ),
    (
        "Indonesia: Mount Semeru erupts",
        "Mount Semeru in East Java erupted on {{4 December 2021}}, sending ash {{15,000 metres}} into the sky and burying villages under hot mud. "
        "The disaster agency said [[51 people|killed;a=The disaster agency]] had died and [[more than 10,000|displaced;a=The disaster agency]] had fled. "
        "The {{3,676-metre}} volcano is one of the most active in Indonesia.",
    ),
    (
        "India: heatwave sends patients to hospital in Odisha",
        "Temperatures above {{45C}} for {{10 days}} in Odisha sent [[more than 1,800 people|injured;a=the state health department]] to hospital with heatstroke, the state health department said. "
        "[[Twenty-one deaths|killed]] were being investigated as heat-related. "
        "Schools will close at {{11 a.m.}} until {{June 15}}.",
    ),
    (
        "Mexico: heat wave and power cuts",
        "Temperatures reached {{47.4C}} in Hermosillo in {{May 2024}}, and the national grid operator declared an emergency as demand hit {{49,000 megawatts}}. "
        "The health ministry said [[48 people|killed;a=The health ministry]] had died of heatstroke and dehydration so far this year. "
        "Rolling blackouts left [[about 2 million customers|civilians]] without power for up to {{two hours}}.",
    ),
    (
        "Election: India's general election results",
        "The Bharatiya Janata Party won {{240 seats}} in the {{543-member}} lower house, short of the {{272}} needed for a majority, the Election Commission said on {{4 June 2024}}. "
        "Turnout was {{65.8%}}, with {{642 million}} votes cast over {{six weeks}}. "
        "[[About 1.5 million polling staff|other;a=the commission;alt=the Election Commission]] were deployed, the commission said.",
    ),
    (
        "Nigeria: police deployed for presidential election",
        "Nigeria deployed [[more than 400,000 police officers|combatants;a=the police chief]] for the presidential election on {{25 February 2023}}, the police chief said. "
        "Bola Tinubu won with {{8.79 million}} votes, or {{36.6%}}, against {{6.98 million}} for Atiku Abubakar. "
        "Police arrested [[781 people|arrested;a=the force]] for electoral offences, the force said.",
    ),
    (
        "Brazil: court convicts rioters over Brasilia attack",
        "Brazil's Supreme Court has convicted [[more than 370 people|arrested;a=the court;alt=Brazil's Supreme Court]] for taking part in the storming of government buildings on {{8 January 2023}}, the court said. "
        "Sentences range from {{three to 17 years}}. "
        "Damage to the presidential palace, Congress and the court was estimated at {{20 million reais}}.",
    ),
    (
        "England: fans arrested after Euro final",
        "Police arrested [[86 people|arrested;a=the Metropolitan Police]] in London after England lost the Euro {{2020}} final to Italy on penalties, the Metropolitan Police said. "
        "[[Nineteen officers|injured;a=the force;alt=the Metropolitan Police]] were hurt, the force said. "
        "The match at Wembley ended {{1-1}} after extra time, and Italy won the shootout {{3-2}}.",
    ),
    (
        "Argentina: World Cup celebrations in Buenos Aires",
        "[[More than four million people|other;v=4000000;a=officials]] filled the streets of Buenos Aires to greet the World Cup winners in {{December 2022}}, officials estimated. "
        "Argentina had beaten France {{4-2}} on penalties after a {{3-3}} draw, Lionel Messi scoring twice. "
        "The team's open-top bus tour was cut short after {{five hours}}.",
    ),
    (
        "Cruise ship: norovirus outbreak on Caribbean voyage",
        "[[More than 300 passengers|other;a=the Centers for Disease Control and Prevention]] and [[nine crew members|other;a=the Centers for Disease Control and Prevention]] fell ill with norovirus on a {{10-day}} Caribbean cruise, the Centers for Disease Control and Prevention said. "
        "The ship, carrying [[2,500 passengers|other]], returned to Fort Lauderdale on schedule.",
    ),
    (
        "Data breach: hackers expose customer records",
        "Hackers stole personal data of [[about 9.8 million customers|other;a=the company]] of Australian telecom operator Optus, the company said in {{September 2022}}. "
        "Passport or licence numbers of [[2.1 million|other]] were exposed. "
        "The company set aside {{A$140 million}} to cover the costs.",
    ),
    # ---------------------------------------------------------------- other news with the occasional real count, part 2
    (
        "Canada: wildfire smoke and evacuations in Yellowknife",
        "All [[20,000 residents|displaced;a=the territorial government]] of Yellowknife were ordered to leave by {{noon}} on {{18 August 2023}} as a wildfire burned {{15 km}} from the city, the territorial government said. "
        "[[About 1,500 people|displaced;a=officials]] left on [[22 evacuation flights|other;a=officials]], officials said, while others drove {{1,500 km}} south to Alberta. "
        "Canada's {{2023}} fire season burned {{18.5 million hectares}}, a record.",
    ),
    (
        "Japan: Narita flights cancelled as typhoon nears",
        "Airlines cancelled [[more than 800 flights|other;a=broadcaster NHK]] on {{Monday}} as Typhoon Lan approached western Japan with gusts of {{180 km/h}}, broadcaster NHK said. "
        "Bullet train services between Shin-Osaka and Okayama were suspended during the Obon holiday, and [[about 240,000 people|displaced]] were told to evacuate in Kyoto prefecture.",
    ),
    (
        "Spain: Barcelona airport strike",
        "A {{24-hour}} strike by ground handling staff at Barcelona's El Prat airport on {{5 January}} led to [[312 cancelled flights|other;a=airport operator Aena]], airport operator Aena said. "
        "[[About 40,000 travellers|other]] were stranded at the terminals, some for more than {{12 hours}}. "
        "The unions are demanding a pay rise of {{6%}}.",
    ),
    (
        "United States: winter storm grounds flights before Christmas",
        "A winter storm with wind chills of {{minus 45F}} in Montana led airlines to cancel [[more than 5,700 flights|other;a=the tracking site FlightAware]] on {{23 December 2022}}, the tracking site FlightAware said. "
        "[[About 1.5 million homes and businesses|civilians;n=homes and businesses;u=structure]] lost power. "
        "In Buffalo, {{51.9 inches}} of snow fell in {{three days}}.",
    ),
    (
        "Netherlands: farmers rally against nitrogen cuts",
        "[[Around 40,000 farmers|other;a=organisers]] drove tractors to a field near Stroe to protest plans to cut nitrogen emissions by {{up to 70%}} by {{2030}}, organisers said. "
        "Police arrested [[three people|arrested;a=police]] for driving tractors onto the {{A1}} motorway, police said. "
        "The government has set aside {{24.3 billion euros}} for the transition.",
    ),
    (
        "South Korea: doctors' walkout over medical school quotas",
        "[[About 9,000 trainee doctors|other;a=the health ministry]] have walked off the job in protest at a plan to raise the medical school quota by about {{65%}}, the health ministry said in {{February 2024}}. "
        "Hospitals postponed surgery for cancer patients, and the government threatened to suspend licences for {{three months}}.",
    ),
    (
        "Kenya: drought kills livestock in the north",
        "[[About 2.5 million livestock|other;a=the National Drought Management Authority]] have died in northern Kenya after {{five}} failed rainy seasons, the National Drought Management Authority said in {{2022}}. "
        "[[More than 4.3 million people|civilians;a=the authority;alt=the National Drought Management Authority]] need food aid, the authority said, and the government is trucking water to [[1,200 households|aid;a=the authority;alt=the National Drought Management Authority]] in Marsabit.",
    ),
    (
        "China: miners brought out of Shandong gold mine",
        "Rescuers brought [[11 miners|other]] out of the Hushan gold mine in Shandong on {{24 January 2021}}, {{14 days}} after an explosion trapped [[22 workers|civilians]] {{600 metres}} underground. "
        "[[Ten miners|killed;a=officials]] died and [[one|missing;a=officials]] was still missing, officials said.",
    ),
    (
        "Turkey: Istanbul marathon and heavy rain",
        "Kenya's Daniel Kibet won the Istanbul Marathon in {{2:09:44}}, {{14 seconds}} ahead of the runner-up, on a wet Sunday morning. "
        "Heavy rain later that day flooded streets in Kadikoy, and firefighters rescued [[about 60 people|other;a=the governor's office]] trapped in cars and basements, the governor's office said.",
    ),
    (
        "Philippines: ferry passengers stranded as storm halts sailings",
        "The coast guard halted sea travel in central Visayas as Tropical Storm Megi approached, stranding [[more than 8,000 passengers|other;a=the coast guard]] and [[about 100 vessels|other;u=other;a=the coast guard]] in ports, the coast guard said. "
        "The weather bureau raised {{Signal No. 2}} over the central islands.",
    ),
    (
        "United States: train derailment in East Palestine",
        "A freight train carrying vinyl chloride derailed in East Palestine, Ohio, on {{3 February 2023}}, and crews burned off the chemical {{three days}} later. "
        "[[About 2,000 residents|displaced;a=officials]] within a {{one-mile}} radius were told to leave, officials said. "
        "The Norfolk Southern train was about {{1.8 miles}} long.",
    ),
    (
        "Science: dinosaur fossils found in Patagonia",
        "Palaeontologists in Argentina said they had found the fossilised remains of a titanosaur that lived about {{95 million years}} ago and measured up to {{37 metres}} long. "
        "The team of [[14 researchers|other]] from the national university spent {{six seasons}} digging at the site near Neuquen.",
    ),
    (
        "Budget: Kenya hires teachers in new budget",
        "Kenya's {{2024/25}} budget of {{3.99 trillion shillings}} includes money to hire [[20,000 junior school teachers|other;p;a=Treasury Secretary Njuguna Ndung'u]] on permanent terms, Treasury Secretary Njuguna Ndung'u said. "
        "Education gets the largest share, {{702.7 billion shillings}}, and the deficit is set at {{3.3%}} of GDP.",
    ),
    (
        "Court: Kenyan cult leader on trial over Shakahola deaths",
        "Prosecutors charged preacher Paul Mackenzie and [[29 co-accused|arrested;a=prosecutors]] with manslaughter over the deaths of [[more than 400 followers|killed;a=prosecutors]], most of whom starved, prosecutors said. "
        "The trial in Mombasa, which opened in {{July 2024}}, is expected to last {{several months}}.",
    ),
    (
        "Court: Norway jails far-right attacker",
        "A court in Oslo sentenced Anders Behring Breivik to {{21 years}} of preventive detention in {{August 2012}} for the attacks of {{22 July 2011}}, in which he killed [[77 people|killed]]. "
        "Of the dead, [[69|killed]] were shot on Utoya island, most of them teenagers at a Labour Party youth camp.",
    ),
    (
        "Tech: smartphone maker recalls phones over battery fires",
        "Samsung said it would recall [[2.5 million Galaxy Note 7 phones|other;p;u=other;a=Samsung]] sold worldwide after reports of batteries catching fire while charging. "
        "The {{5.7-inch}} phone had gone on sale on {{19 August 2016}} at {{$849}}. "
        "Shares fell {{7%}} on {{Monday}}.",
    ),
    (
        "Health: measles vaccination drive in Yemen",
        "Health workers vaccinated [[about 1.2 million children|aid;a=UNICEF]] under the age of {{five}} in a {{10-day}} campaign in southern Yemen, UNICEF said. "
        "The country recorded [[more than 22,000 suspected measles cases|other]] and [[161 deaths|killed]] in {{2023}}.",
    ),
    (
        "Space: crew returns after nine months on the station",
        "[[Four astronauts|other]] splashed down off the coast of Florida on {{18 March 2025}} after a stay that had been meant to last {{eight days}} stretched to {{286 days}}. "
        "Their Starliner capsule, launched on {{5 June 2024}}, returned to Earth empty in {{September}}.",
    ),
    (
        "Pakistan: police deployed for Muharram processions",
        "Punjab deployed [[more than 100,000 police and troops|combatants;n=police and troops;a=the provincial government]] to guard Ashura processions on {{17 July}}, the provincial government said. "
        "Mobile phone service was suspended in [[about 40 cities|other;u=other]] from {{6 a.m.}} to {{midnight}}.",
    ),
    (
        "Ecuador: power cuts of up to 14 hours",
        "Ecuador extended daily power cuts to {{14 hours}} in {{October 2024}} as drought lowered the reservoir behind the {{1,500-megawatt}} Coca Codo Sinclair dam. "
        "The chamber of commerce said [[about 30,000 jobs|other;a=The chamber of commerce]] had been lost and losses reached {{$12 million}} an hour.",
    ),
    (
        "Bolivia: lithium plant opens",
        "Bolivia opened its {{first}} industrial lithium carbonate plant in Uyuni in {{December 2023}}, with a capacity of {{15,000 tonnes}} a year. "
        "The plant employs [[about 500 workers|other;a=state company YLB]], state company YLB said, and cost {{$95 million}}.",
    ),
    (
        "Greece: tourists evacuated from Rhodes",
        "[[About 19,000 people|displaced;a=the civil protection ministry]], most of them tourists, were evacuated from hotels and villages on Rhodes as wildfires spread in {{July 2023}}, the civil protection ministry said. "
        "[[Some 2,000 people|displaced;a=the ministry;alt=the civil protection ministry]] spent the night in [[about 40 school gyms and conference halls|capacity;n=gyms and conference halls;a=the ministry;alt=the civil protection ministry]], the ministry said.",
    ),
    (
        "Tanzania: opposition rally and police",
        "Police fired tear gas to disperse an opposition rally in Mbeya in {{August 2024}} and detained [[more than 520 members|arrested;a=the party;alt=the Chadema party]] of the Chadema party, including its chairman, the party said. "
        "Chadema won {{only one}} of the {{264}} elected seats in the {{2020}} vote.",
    ),
]
