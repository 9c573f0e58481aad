"""dev93 hard negatives (protest, peace, history, culture, military, accident, health)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Tens of thousands join hīkoi as it reaches Parliament",
        "Tens of thousands of people marched through Wellington to Parliament on Tuesday at the end "
        "of a nine-day hīkoi against the Treaty Principles Bill, in one of the largest protests the "
        "capital has seen. Police estimated the crowd at 42,000, many of them carrying tino "
        "rangatiratanga flags and singing waiata as they walked from Waitangi Park. Organisers "
        "said the bill, put forward by ACT leader David Seymour, was an attack on the Treaty of "
        "Waitangi and on Māori rights. Police said there were no arrests and thanked marchers for "
        "their conduct. The bill passed its first reading last week but National and New Zealand "
        "First have said they will not support it further. Traffic in the central city was "
        "disrupted for several hours.",
        "protest",
    ),
    (
        "Hundreds of thousands march in defence of Argentina's public universities",
        "Hundreds of thousands of students, teachers and parents marched through Buenos Aires and "
        "other Argentine cities on Tuesday to protest against the government's budget for public "
        "universities, which rectors say will force them to cut classes. The main column filled "
        "the streets between the Congress building and the Plaza de Mayo, and organisers put the "
        "turnout in the capital at more than 800,000. Police kept a low profile, and the march "
        "ended peacefully in the evening. President Javier Milei, who has vowed to veto any "
        "increase in university funding, accused the opposition of using students as a political "
        "weapon. Union leaders said they would call a general strike if the veto was upheld. "
        "Argentina's public universities are free and open to all.",
        "protest",
    ),
    (
        "Serbian students stage largest protest in years in Belgrade",
        "Students and their supporters filled central Belgrade on Saturday in the largest protest "
        "Serbia has seen in decades, demanding accountability for the collapse of a railway station "
        "canopy in Novi Sad that killed 16 people. An independent monitoring group estimated the "
        "crowd at between 275,000 and 325,000. Protesters held 15 minutes of silence for the "
        "victims, and farmers drove tractors into the city to act as a barrier. Organisers had "
        "asked demonstrators to keep the rally peaceful, and it ended without serious incident, "
        "although several people reported a loud noise that swept through the crowd during the "
        "silence. President Aleksandar Vučić said he would not bow to pressure from the street. "
        "Police said 22 people were briefly detained.",
        "protest",
    ),
    (
        "'No Kings' rallies draw millions across the US",
        "Millions of people joined 'No Kings' rallies in cities and towns across the United States "
        "on Saturday to protest against President Donald Trump's policies, in what organisers said "
        "was the largest single day of protest since he returned to office. In Philadelphia, where "
        "the flagship march was held, crowds stretched for more than a mile. Organisers had "
        "trained volunteers in de-escalation and asked marchers not to bring weapons of any kind. "
        "Police in most cities reported no arrests, and the day passed off peacefully. The rallies took place on the same day as a military parade in "
        "Washington marking the Army's 250th anniversary. Republicans dismissed the protests as "
        "staged by the far left.",
        "protest",
    ),
    (
        "Ukraine and Russia swap 390 prisoners each in first stage of Istanbul deal",
        "Ukraine and Russia exchanged 390 prisoners each on Friday in the first stage of the "
        "largest swap since the start of the war, agreed at direct talks in Istanbul last week. "
        "Buses carrying freed Ukrainian soldiers and civilians arrived at a location in the "
        "Chernihiv region near the Belarusian border, where relatives waited with flags and "
        "photographs. President Volodymyr Zelensky said the exchange would continue over the "
        "weekend until 1,000 people on each side had been freed. Some of the men had been held "
        "since the fall of Mariupol in 2022. The swap was the only concrete result of the Istanbul "
        "talks, which ended without agreement on a ceasefire.",
        "peace",
    ),
    (
        "Families in tears as last living hostages return to Israel under Gaza ceasefire deal",
        "Crowds in Tel Aviv's Hostages Square cheered and wept on Monday as the last 20 living "
        "hostages held in Gaza were handed over to the Red Cross and brought back to Israel, under "
        "the first phase of a ceasefire agreement brokered by the United States, Egypt and Qatar. "
        "In return, Israel began releasing nearly 2,000 Palestinian prisoners and detainees, many "
        "of whom were greeted by relatives in Ramallah and Khan Younis. The ceasefire took effect on "
        "Friday, and Israeli troops have pulled back to an agreed line inside the territory. Aid "
        "trucks have started to enter in greater numbers, the UN said. The remains of deceased "
        "hostages are to be returned in the coming days. Leaders gathered in Egypt to sign a "
        "declaration backing the plan.",
        "peace",
    ),
    (
        "Colombia signs first peace accord of Petro's term with small guerrilla faction",
        "Colombia's government signed a peace agreement on Friday with the Comuneros del Sur, a "
        "small armed group that split from the ELN guerrilla, in the first accord of President "
        "Gustavo Petro's 'total peace' policy. Under the deal, signed in Pasto, the group's "
        "fighters in Nariño will hand over their weapons in stages and the land they controlled "
        "will receive development projects. The government's chief negotiator called it proof that "
        "dialogue could work, although talks with larger groups have stalled. Critics said the "
        "Comuneros del Sur had only a few hundred members. The United Nations verification mission "
        "will oversee the disarmament.",
        "peace",
    ),
    (
        "Record crowds expected at Anzac Day dawn services",
        "Tens of thousands of people gathered in the dark at the Australian War Memorial in "
        "Canberra on Friday for the Anzac Day dawn service, marking 110 years since Australian and "
        "New Zealand troops landed at Gallipoli. The crowd fell silent as the Last Post was played "
        "and the names of the fallen were read. Services were also held at Anzac Cove in Türkiye, "
        "at Villers-Bretonneux in France and in towns across Australia and New Zealand. About "
        "8,700 Australians died in the Gallipoli campaign. Veterans of more recent wars in "
        "Afghanistan and Iraq led the march through Sydney later in the morning. Two-up games were "
        "played in pubs across the country in the afternoon.",
        "history",
    ),
    (
        "Veterans return to Normandy for what may be last major D-Day anniversary",
        "About two dozen veterans, most of them aged 98 or older, returned to the beaches of "
        "Normandy on Thursday to mark the 80th anniversary of the D-Day landings, joined by King "
        "Charles, President Emmanuel Macron and President Joe Biden. At the British Normandy "
        "Memorial above Gold Beach, the King paid tribute to the 22,442 servicemen and women under "
        "British command who died in the campaign. Many of the veterans said it would be their "
        "last trip. More than 150,000 Allied soldiers landed on 6 June 1944 in the largest seaborne "
        "invasion in history. Ukraine's President Volodymyr Zelensky attended the international "
        "ceremony at Omaha Beach in the afternoon.",
        "history",
    ),
    (
        "Argentina marks Malvinas war anniversary with call for talks with Britain",
        "Argentina marked 42 years since the start of the Falklands war on Tuesday with ceremonies "
        "across the country, as President Javier Milei promised to recover the islands through "
        "diplomacy. Speaking at the monument to the fallen in Buenos Aires, Milei said Argentina "
        "would have to be patient and respect the will of the islanders. Veterans criticised the "
        "president, who has expressed admiration for Margaret Thatcher, and held their own vigil in "
        "Plaza de Mayo. About 650 Argentine and 255 British servicemen and three islanders died in "
        "the 74-day war in 1982. The Falklands government said sovereignty was not up for "
        "discussion, MercoPress reported.",
        "history",
    ),
    (
        "Thousands evacuated in Dresden as WWII bomb found in the Elbe is defused",
        "About 17,000 people had to leave their homes in central Dresden on Wednesday while bomb "
        "disposal experts defused a 250-kilogram British bomb from the Second World War. The bomb "
        "was found in the Elbe river during demolition work on the Carolabrücke bridge, which "
        "partially collapsed last year. The evacuation zone included the state parliament, several "
        "hotels and the old town, and trams were diverted for most of the day. Police said the "
        "fuse was removed in the early evening and residents were allowed to return. Thousands of "
        "tonnes of unexploded wartime munitions are still thought to lie under German cities.",
        "history",
    ),
    (
        "'Frontline' review: a war film that refuses to look away",
        "The new film from British director Tom Ashdown follows a unit of American soldiers "
        "pinned down in a house in Ramadi for a single night in 2006, and it is one of the most "
        "harrowing war films of recent years. Made in close collaboration with veterans of the "
        "unit, it runs almost in real time, with no music and no backstories, only the noise of "
        "gunfire and the radio. The young cast are uniformly strong, and the sound design makes the "
        "blasts feel physical. Some critics have argued that the film's refusal to explain the war "
        "amounts to a political choice of its own. It opens in Australian cinemas on Thursday.",
        "entertainment",
    ),
    (
        "Ukrainian documentary on siege of Mariupol wins top prize at Toronto festival",
        "A Ukrainian documentary assembled from footage filmed by residents of Mariupol during the "
        "Russian siege of 2022 won the documentary award at the Toronto International Film "
        "Festival on Sunday. The film, 'Basement Light', tells the story of 12 families who "
        "sheltered for weeks under a theatre and a maternity hospital. Its director said in her "
        "acceptance speech that she dedicated the prize to the people of the city, some of whom are "
        "still missing. The festival jury praised the film's restraint. It will be shown on CBC "
        "later this year and has been submitted as Ukraine's entry for the Academy Awards.",
        "entertainment",
    ),
    (
        "Novel about the Irish Civil War wins Dublin literary award",
        "A debut novel set in County Kerry during the Irish Civil War has won this year's Dublin "
        "Literary Award, worth 100,000 euro. 'The Ditch at Ballyseedy' follows two brothers on "
        "opposite sides of the conflict in 1923, one a Free State soldier and one an anti-Treaty "
        "republican. The judges called it 'a quiet, devastating book about what a small war does "
        "to a family'. Its author, a former secondary school teacher from Tralee, told The Irish "
        "Times that she had spent eight years researching it in local archives. The novel has been "
        "translated into nine languages.",
        "entertainment",
    ),
    (
        "First Australian crews begin training on US nuclear submarines under AUKUS",
        "The first group of Royal Australian Navy sailors has begun training aboard US nuclear "
        "attack submarines in Guam, the defence minister said on Monday, in the latest step of the "
        "AUKUS agreement. Under the plan, Australia will buy at least three Virginia-class "
        "submarines from the United States in the 2030s before building its own boats with "
        "Britain. Richard Marles said the training would give Australian crews the skills to "
        "operate and maintain nuclear-powered vessels. Critics have questioned the cost of the "
        "program, estimated at up to $368 billion over three decades, and whether the US can "
        "spare the boats. A review of AUKUS by the Pentagon was due by the end of the year.",
        "military",
    ),
    (
        "First F-16s from Denmark land in Argentina",
        "The first six F-16 fighter jets bought by Argentina from Denmark landed at the Río Cuarto "
        "air base on Friday, where President Javier Milei welcomed them with a ceremony and a "
        "flypast. Argentina agreed to buy 24 of the used jets for about $300 million in 2024, "
        "replacing a fleet of Mirage aircraft retired a decade ago. Defence officials said the "
        "purchase would restore the country's ability to patrol its airspace. The deal was "
        "watched closely in Britain because of the Falklands, and the UK did not block the sale. "
        "The remaining aircraft are due to arrive in stages through 2028, MercoPress reported.",
        "military",
    ),
    (
        "Berlin cabinet backs military service questionnaire for all 18-year-old men",
        "Germany's cabinet on Wednesday approved a new military service law under which all "
        "18-year-old men will have to fill in a questionnaire about their willingness and fitness "
        "to serve in the Bundeswehr. The scheme will be voluntary at first, but Defence Minister "
        "Boris Pistorius said the government could introduce compulsory service if not enough "
        "recruits came forward. The armed forces want to grow from about 182,000 troops to at "
        "least 260,000 over the next decade. Conscription was suspended in Germany in 2011. Youth "
        "organisations and some lawmakers in the ruling coalition criticised the plan.",
        "military",
    ),
    (
        "Talisman Sabre war games begin with record 35,000 troops",
        "More than 35,000 military personnel from 19 countries began the Talisman Sabre exercises "
        "across Australia on Sunday, the largest edition of the biennial war games since they "
        "began in 2005. Troops from the United States, Japan, Indonesia and, for the first time, "
        "India and Germany will take part in amphibious landings, live-fire drills and air "
        "combat training in Queensland and the Northern Territory. The US Army is expected to fire a "
        "missile from a mobile launcher during the exercise. Defence officials said Chinese "
        "surveillance ships had been seen near previous editions, and were expected again. The "
        "exercises run until early August.",
        "military",
    ),
    (
        "Navy ship HMNZS Manawanui sinks off Samoa after running aground",
        "The New Zealand Navy ship HMNZS Manawanui has sunk off the south coast of Upolu in Samoa "
        "after running aground on a reef while surveying the area on Saturday evening. All 75 "
        "people on board were rescued after abandoning ship in life rafts, some with minor "
        "injuries. The ship caught fire and was seen listing before it sank on Sunday morning. The "
        "Chief of Navy, Rear Admiral Garin Golding, said a court of inquiry would investigate the "
        "cause. Samoan authorities are monitoring the coast for fuel leaks. It is the first navy "
        "ship New Zealand has lost at sea since the Second World War.",
        "accident",
    ),
    (
        "No survivors after passenger jet and army helicopter collide over the Potomac",
        "No one survived after an American Airlines regional jet and a US Army Black Hawk "
        "helicopter collided over the Potomac River near Washington's Reagan National Airport on "
        "Wednesday night, officials said. The jet, flying from Wichita, Kansas, with 64 people "
        "on board, was on approach to the airport when it struck the helicopter, which was "
        "carrying three soldiers on a training flight. Divers recovered bodies from the icy water "
        "through the night. Among the victims were young figure skaters and coaches returning "
        "from a training camp. The National Transportation Safety Board said it would examine the "
        "helicopter's altitude and communications with the tower.",
        "accident",
    ),
    (
        "Lisbon mourns 16 dead after historic funicular derails",
        "Portugal declared a day of national mourning on Thursday after the Glória funicular, one of "
        "Lisbon's best-known tourist attractions, came off its tracks and crashed into a building, "
        "killing 16 people and injuring more than 20. Witnesses said the car hurtled down the "
        "steep street out of control before hitting the building at a bend. Among the dead were "
        "Portuguese, Korean, Canadian and German nationals. Carris, the city's transport company, "
        "said maintenance had been carried out as scheduled. Investigators believe a cable "
        "connecting the two cars may have come loose. The city suspended its other funiculars for "
        "inspection.",
        "accident",
    ),
    (
        "Brazil's air force sets up field hospitals as dengue cases soar",
        "Brazil's air force set up field hospitals in the Federal District and in Rio de Janeiro on "
        "Friday to treat patients with dengue, as the country faces its worst outbreak on record. "
        "The health ministry said more than 1 million probable cases had been reported since "
        "January, and at least 214 deaths confirmed. Military personnel are also helping health "
        "workers go house to house to eliminate standing water where mosquitoes breed. The "
        "government began vaccinating children aged 10 to 14 in the worst-hit municipalities, but "
        "supplies of the Japanese-made vaccine are limited. Officials blamed heat and heavy rain "
        "for the surge.",
        "health",
    ),
    (
        "Ottawa clinic for veterans with PTSD faces waiting list of 18 months",
        "Canadian veterans seeking treatment for post-traumatic stress disorder at a specialist "
        "clinic in Ottawa are waiting up to 18 months for a first appointment, according to "
        "figures obtained by CBC News. Many of those on the list served in Afghanistan between 2002 "
        "and 2014, where 158 Canadian soldiers died, and some say they have struggled for years "
        "before seeking help. Veterans Affairs Canada said it had hired more clinicians and was "
        "expanding online therapy. A former corporal who served two tours in Kandahar told CBC "
        "that the wait had cost him his job and nearly his marriage. The clinic is one of 11 "
        "operational stress injury clinics in the country.",
        "health",
    ),
    (
        "Alberta battles biggest measles outbreak in decades",
        "Alberta reported 81 new measles cases on Thursday, bringing the province's total this "
        "year to more than 1,200, the largest outbreak in Canada in decades. Most cases are in "
        "the south and north zones, where vaccination rates among children are low, health "
        "officials said. The province has opened extra immunisation clinics and extended hours at "
        "public health offices. A premature baby born to an unvaccinated mother died of the "
        "disease in Ontario last year, and doctors have urged parents to check their children's "
        "records. The chief medical officer said the fight against the outbreak would take months.",
        "health",
    ),
]
