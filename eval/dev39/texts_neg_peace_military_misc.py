"""dev39 negatives: diplomacy and peace, the military without fighting, history, entertainment,
peaceful protest. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Congo and Rwanda sign economic framework in Washington",
        "Congo and Rwanda signed a regional economic framework in Washington on Friday, a step foreseen in the peace agreement the two countries reached in June, and pledged to meet again next month on security arrangements.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan initial peace treaty text",
        "The foreign ministers of Armenia and Azerbaijan initialled the text of a peace treaty at a ceremony hosted by the United States, and agreed on a transit route through southern Armenia. The treaty still has to be signed and ratified. Azerbaijan wants Armenia to change its constitution first.",
        "peace",
    ),
    (
        "Colombian government and armed group resume talks in Qatar",
        "Colombia's government and the Comuneros del Sur armed group resumed peace talks in Doha, agreeing on a timetable for the group to hand over weapons and move fighters into transition zones, negotiators said.",
        "peace",
    ),
    (
        "Mediators meet in Cairo on next phase of Gaza ceasefire",
        "Egyptian, Qatari, Turkish and US mediators met in Cairo to discuss the second phase of the Gaza ceasefire, including the deployment of an international stabilisation force and the reconstruction of the territory, Egyptian officials said.",
        "peace",
    ),
    (
        "Russia and Ukraine exchange 150 POWs in UAE-brokered swap",
        "Russia and Ukraine each released 150 prisoners of war in an exchange mediated by the United Arab Emirates, both countries said. Ukrainian officials said some of the freed soldiers had been held since the siege of Mariupol.",
        "peace",
    ),
    (
        "UN Security Council extends peacekeeping mission in Lebanon for final time",
        "The UN Security Council voted unanimously to extend the mandate of the peacekeeping force in southern Lebanon until the end of next year, after which it will begin withdrawing its troops.",
        "peace",
    ),
    (
        "PKK fighters burn weapons in ceremony in northern Iraq",
        "About 30 fighters of the Kurdistan Workers' Party burned their weapons at a ceremony near Sulaymaniyah, a first step in the disarmament process announced after the group declared an end to its armed struggle against Turkey.",
        "peace",
    ),
    (
        "Thailand and Cambodia agree to withdraw heavy weapons from border",
        "Thailand and Cambodia agreed at a meeting of defence ministers in Kuala Lumpur to withdraw heavy weapons from their disputed border and let ASEAN observers verify that a ceasefire agreed in July is being respected.",
        "peace",
    ),
    (
        "Sudan's army and RSF invited to new round of talks",
        "The United States, Saudi Arabia, Egypt and the United Arab Emirates invited Sudan's army and the Rapid Support Forces to a new round of talks on a humanitarian truce, diplomats said, though neither side has yet confirmed it will attend.",
        "peace",
    ),
    (
        "North Korea test-fires short-range missiles off east coast",
        "North Korea fired several short-range ballistic missiles into the sea off its east coast on Wednesday, South Korea's military said, days before a regional summit. Japan said the missiles fell outside its exclusive economic zone.",
        "military",
    ),
    (
        "Germany orders more Leopard tanks and Puma vehicles",
        "Germany's parliamentary budget committee approved orders worth 8 billion euros for Leopard 2 tanks and Puma infantry fighting vehicles, as the government raises defence spending to meet new NATO targets.",
        "military",
    ),
    (
        "NATO begins annual exercise in the Baltic Sea",
        "More than 30 ships and 3,000 troops from 14 NATO countries began an annual exercise in the Baltic Sea, practising mine clearance, amphibious landings and air defence, the alliance said.",
        "military",
    ),
    (
        "Japan's cabinet approves record defence budget request",
        "Japan's defence ministry requested a record 8.8 trillion yen for next year, including funds for long-range missiles and drones, as the government moves to double defence spending to 2% of GDP.",
        "military",
    ),
    (
        "Indian navy commissions new stealth frigate in Mumbai",
        "The Indian navy commissioned a new stealth frigate built at the Mazagon dockyard in Mumbai, the third of seven ships in its class, at a ceremony attended by the defence minister.",
        "military",
    ),
    (
        "Poland to offer military training to every adult man",
        "Poland plans to offer voluntary military training to every adult man by the end of next year, aiming to build a reserve of half a million people, Prime Minister Donald Tusk told parliament.",
        "military",
    ),
    (
        "Taiwan holds longest-ever Han Kuang drills",
        "Taiwan began its annual Han Kuang military exercises, lasting ten days for the first time and involving 22,000 reservists, with drills to repel a landing on beaches near Taipei and tests of new HIMARS rocket systems.",
        "military",
    ),
    (
        "China stages military parade to mark anniversary of end of WWII",
        "China held a military parade in Beijing's Tiananmen Square to mark 80 years since the end of World War Two, displaying new missiles, drones and laser weapons before leaders from more than 20 countries.",
        "military",
    ),
    (
        "Bosnia marks 30 years since Srebrenica genocide",
        "Tens of thousands of people gathered at the memorial centre in Potocari to mark 30 years since the Srebrenica genocide, and the remains of seven newly identified victims were buried.",
        "history",
    ),
    (
        "Unexploded WWII bomb defused in Cologne after mass evacuation",
        "Experts defused three unexploded American bombs from World War Two found during construction work in Cologne, after about 20,000 residents were evacuated from the old town, the city said.",
        "history",
    ),
    (
        "Hiroshima falls silent on 80th anniversary of atomic bomb",
        "Hiroshima marked 80 years since the atomic bombing with a minute's silence at 8.15 am, as the mayor warned that nuclear weapons were returning to the centre of world politics.",
        "history",
    ),
    (
        "Remains of Korean War soldiers returned to South Korea",
        "The remains of 30 South Korean soldiers killed in the Korean War, identified by a joint US and South Korean team, were flown home from Hawaii and received in a ceremony at Seoul airport.",
        "history",
    ),
    (
        "Vietnam opens new museum on war in Quang Tri",
        "A new museum on the Vietnam War opened in Quang Tri province, near the former demilitarised zone, with exhibits on the 1972 battle for the citadel and the lives of civilians in the province.",
        "history",
    ),
    (
        "Rwanda reburies remains of genocide victims found under houses",
        "Rwanda reburied the remains of more than 1,000 victims of the 1994 genocide against the Tutsi, found this year in pits under houses in the Huye district, at a ceremony attended by survivors.",
        "history",
    ),
    (
        "Documentary about Gaza medics wins top prize at Venice",
        "A documentary following medics at a Gaza hospital during the war won the Silver Lion at the Venice Film Festival, and the director dedicated the award to colleagues who were killed.",
        "entertainment",
    ),
    (
        "World War Two shooter tops video game sales charts",
        "A new instalment of a World War Two shooter franchise topped the sales charts in Europe and North America in its launch week, its publisher said, with players praising its Normandy campaign.",
        "entertainment",
    ),
    (
        "Novel about Biafran war wins Nigerian literature prize",
        "A novel following two sisters through the Biafran war of 1967 to 1970 won the Nigeria Prize for Literature, worth $100,000, the organisers said in Lagos.",
        "entertainment",
    ),
    (
        "London exhibition shows war photographs from Ukraine",
        "An exhibition of photographs by Ukrainian photographers documenting life on the front line and in shelled cities opened at a gallery in London, with proceeds going to a charity rebuilding schools.",
        "entertainment",
    ),
    (
        "Netflix series about Chechen wars draws Russian criticism",
        "A Netflix drama series set during the Chechen wars of the 1990s drew criticism from Russian officials, who called it propaganda, while critics praised its acting and its portrayal of refugees.",
        "entertainment",
    ),
    (
        "French unions hold nationwide strike against budget cuts",
        "Hundreds of thousands of people marched in Paris, Marseille and Lyon as unions held a nationwide strike against planned budget cuts, disrupting trains and closing schools, the interior ministry said. Marches passed off peacefully.",
        "protest",
    ),
    (
        "Farmers' tractors block Brussels streets over trade deal",
        "Thousands of farmers drove tractors into central Brussels and blocked roads around European Union buildings to protest against a trade deal with South American countries, police said.",
        "protest",
    ),
    (
        "Serbian students walk to Strasbourg to draw attention to protests",
        "A group of Serbian students completed a 1,400 km walk from Novi Sad to Strasbourg to meet European lawmakers and draw attention to months of anti-corruption protests at home.",
        "protest",
    ),
    (
        "Kenyan doctors begin nationwide strike over pay",
        "Doctors in Kenya's public hospitals began a nationwide strike over unpaid salaries and delayed postings of interns, leaving outpatient clinics closed, the doctors' union said.",
        "protest",
    ),
    (
        "Climate activists glue themselves to road in Munich; eight arrested",
        "Police detained eight climate activists who glued themselves to a road in central Munich during the morning rush hour, demanding a speed limit on motorways, and freed the road within two hours.",
        "protest",
    ),
    (
        "Argentine students march for university funding",
        "Hundreds of thousands of students, teachers and parents marched in Buenos Aires and other Argentine cities to demand more funding for public universities, after the president vetoed a budget law.",
        "protest",
    ),
    (
        "Families of missing soldiers rally in Tel Aviv",
        "Thousands of people joined relatives of soldiers whose bodies are still held in Gaza at a rally in Tel Aviv's Hostages Square, calling on the government to make their return a condition of the next phase of the ceasefire.",
        "protest",
    ),
    (
        "New Zealand nurses strike for second time this year",
        "Tens of thousands of nurses in New Zealand walked off the job for 24 hours in a dispute over pay and staffing levels, with hospitals postponing planned operations, the nurses' organisation said.",
        "protest",
    ),
]
