"""dev45 negatives: arms deals, budgets, industry, deployments and recruitment. NEGATIVES = [(title, text, kind code), ...]."""

NEGATIVES = [
    (
        "Poland signs second contract for 180 K2 tanks",
        "Poland signed a $6.5 billion contract with Hyundai Rotem for 180 more K2 main battle tanks, part of which will be built under licence at Bumar-Łabędy in Gliwice, the defence ministry said. Deliveries are to run from 2026 to 2030. Tanks from the first order already equip two brigades.",
        "military",
    ),
    (
        "Bundestag loosens debt brake for defence spending",
        "Germany's parliament approved a constitutional change exempting defence spending above 1% of GDP from the debt brake. The change clears the way for hundreds of billions of euros in new borrowing for the armed forces. 'Whatever it takes' now applies to our defence, the incoming chancellor said.",
        "military",
    ),
    (
        "NATO allies agree 5% spending target at The Hague",
        "NATO leaders meeting in The Hague agreed to raise spending on defence and security to 5% of GDP by 2035, with 3.5% on core defence. Spain said it would not meet the target. The summit statement gave countries room to report their own path.",
        "military",
    ),
    (
        "Japan approves record defence budget with funds for counterstrike missiles",
        "Japan's cabinet approved a record 8.7 trillion yen defence budget for the next fiscal year, including money for Tomahawk cruise missiles and upgraded Type-12 missiles that would give the country a counterstrike capability for the first time since 1945. China's foreign ministry said Japan should reflect on its history of militarism.",
        "military",
    ),
    (
        "State Department approves possible sale of HIMARS to Taiwan",
        "The US State Department approved a possible sale of 18 HIMARS rocket launchers and related equipment to Taiwan worth about $1.1 billion, the Defense Security Cooperation Agency said. China's foreign ministry said it firmly opposed the sale and would take 'resolute measures'.",
        "military",
    ),
    (
        "India signs deal for 26 Rafale Marine jets",
        "India signed an intergovernmental agreement with France for 26 Rafale Marine fighters for its aircraft carriers, the defence ministry said, the country's largest fighter purchase in almost a decade.",
        "military",
    ),
    (
        "Rheinmetall raises sales outlook as ammunition orders pour in",
        "Rheinmetall raised its sales growth forecast to 25-30% for the year after a jump in orders for artillery shells and air defence systems, sending its shares up 6% in Frankfurt. The order backlog reached a record 63 billion euros. The chief executive said a new shell plant in Unterlüß would open ahead of schedule.",
        "economy",
    ),
    (
        "BAE Systems reports record order backlog",
        "BAE Systems posted a record order backlog of 78 billion pounds and raised its dividend, as European and Middle Eastern governments bought more munitions, combat vehicles and submarines. Chief executive Charles Woodburn said demand would stay high for years.",
        "economy",
    ),
    (
        "Lockheed resumes F-35 deliveries after software delays",
        "Lockheed Martin resumed deliveries of F-35 fighters after the Pentagon accepted a plan to get the jets' Technology Refresh 3 software combat-ready, ending a year-long pause in which more than 100 completed jets were parked. The company expects to deliver up to 175 aircraft this year. Its shares rose 2% in New York.",
        "economy",
    ),
    (
        "Colombia picks Saab Gripen to replace ageing Kfirs",
        "Colombia chose Saab's Gripen E/F to replace its fleet of Israeli-built Kfir fighters, President Gustavo Petro said, in a deal for 17 aircraft. The Swedish company's shares rose 3% in Stockholm. The first jets are due in 2026.",
        "military",
    ),
    (
        "South Korean arms exports surge on Polish and Middle East orders",
        "South Korea's defence exports reached a record of about $17 billion last year, driven by orders from Poland for tanks, howitzers and rocket launchers and by air-defence sales to Saudi Arabia and Iraq, the Defense Acquisition Program Administration said. Officials aim to make the country the world's fourth-largest arms exporter by 2027.",
        "economy",
    ),
    (
        "Ukraine world's largest arms importer, SIPRI says",
        "Ukraine became the world's largest importer of major arms in the past five years, receiving 8.8% of global transfers, the Stockholm International Peace Research Institute said in its annual report. The United States' share of global exports rose to 43%. European imports almost doubled, with most coming from the United States.",
        "military",
    ),
    (
        "Global military spending hits record $2.7 trillion",
        "World military expenditure rose for the tenth year in a row to a record $2.7 trillion, the steepest annual increase since the end of the Cold War, SIPRI said. Spending in Europe, including Russia, rose by 17%. Germany became the largest spender in western Europe for the first time since reunification.",
        "military",
    ),
    (
        "UK defence review promises up to 12 attack submarines",
        "Britain's Strategic Defence Review recommended building up to 12 SSN-AUKUS attack submarines and six new munitions factories and moving the armed forces to 'warfighting readiness'. The government accepted all 62 recommendations. The review said Britain must be ready to fight a war in Europe. Defence Secretary John Healey told parliament the plan was funded.",
        "military",
    ),
    (
        "US Marines begin annual rotation to Darwin",
        "About 2,000 US Marines arrived in Darwin for the annual six-month Marine Rotational Force-Darwin deployment, bringing MV-22 Ospreys and, for the first time, HIMARS launchers for exercises with the Australian Defence Force. It is the 14th rotation since the programme began.",
        "military",
    ),
    (
        "Germany formally activates its first permanent brigade abroad in Lithuania",
        "Germany formally activated the 45th Panzer Brigade in Vilnius, the first permanent Bundeswehr combat brigade stationed outside Germany since the Second World War. About 4,800 soldiers are to be based in Lithuania by 2027. 'The security of Lithuania is our security,' Chancellor Friedrich Merz said at the ceremony.",
        "military",
    ),
    (
        "German cabinet backs new military service law",
        "Germany's cabinet approved a bill that would require all 18-year-old men to fill in a questionnaire on their fitness and willingness to serve, and would allow compulsory service if too few volunteers come forward. Opposition lawmakers said the bill was conscription by the back door. The defence minister said the armed forces needed 80,000 more active soldiers. The Bundestag will debate the bill in the autumn.",
        "politics",
    ),
    (
        "Taiwan's one-year conscription takes effect",
        "The first draftees under Taiwan's restored one-year compulsory military service reported for training on Thursday, after President Tsai Ing-wen extended conscription from four months. The training adds more live-fire practice and drones. Several draftees told reporters they welcomed the longer service.",
        "military",
    ),
    (
        "Israeli court orders army to draft ultra-Orthodox seminary students",
        "Israel's Supreme Court ruled unanimously that the state must draft ultra-Orthodox yeshiva students into the army, and that seminaries whose students refuse service can no longer receive state funds. Ultra-Orthodox parties in the coalition called the ruling a blow to Torah study. About 63,000 yeshiva students are currently exempt.",
        "politics",
    ),
    (
        "British Army misses recruitment target for sixth year",
        "The British Army recruited about 7,500 regular soldiers in the past year against a target of 9,800, a parliamentary committee said, blaming a troubled outsourced recruitment contract and a slow medical process. The Ministry of Defence said applications had risen this year.",
        "military",
    ),
    (
        "Denmark extends conscription to women",
        "Denmark's parliament voted to extend conscription to women and lengthen service to 11 months from 2026, as the government increases the size of its armed forces. About a quarter of current conscripts are already volunteer women.",
        "politics",
    ),
    (
        "China commissions Fujian, its first carrier with catapults",
        "China commissioned the Fujian, its third aircraft carrier and the first with electromagnetic catapults, at a ceremony in Hainan attended by President Xi Jinping, state media said. The ship can launch the J-35 stealth fighter and KJ-600 early-warning aircraft.",
        "military",
    ),
    (
        "Indonesia orders 48 Kaan fighters from Turkey",
        "Indonesia signed a contract for 48 Kaan fifth-generation fighters from Turkish Aerospace, the first export order for the jet, which is still in testing.",
        "military",
    ),
    (
        "Argentina takes delivery of first F-16s from Denmark",
        "The first six of 24 F-16 fighters that Argentina bought second-hand from Denmark landed at an air base in Río Cuarto, President Javier Milei said, calling it the biggest upgrade of the air force in decades. The jets, built in the 1980s, were refurbished in Denmark before the transfer.",
        "military",
    ),
    (
        "Nigeria receives attack helicopters to bolster counter-insurgency fleet",
        "The Nigerian Air Force received two AH-1Z Viper attack helicopters from the United States, the first of 12 ordered, at a ceremony in Abuja. The air force chief said they would strengthen operations against insurgents and bandits. Nigerian pilots trained in the United States for a year before the handover.",
        "military",
    ),
    (
        "Ukrainian drone makers seek permission to export",
        "Ukrainian drone manufacturers, who say they can produce far more than the army can buy, asked the government to allow controlled exports, arguing that foreign sales would fund new production lines. Officials said exports would be allowed only once front-line needs are met. The defence ministry said a decision would come this year.",
        "economy",
    ),
    (
        "House passes defence policy bill authorising $900 billion",
        "The House of Representatives passed the annual National Defense Authorization Act, authorising about $900 billion in military spending, a 3.8% pay rise for troops and funds for new shipbuilding. The bill passed 281 to 140. The Senate is expected to vote next week.",
        "military",
    ),
    (
        "Irish peacekeepers begin rotation to southern Lebanon",
        "About 350 Irish soldiers left Dublin for a six-month tour with the UN Interim Force in Lebanon, replacing the outgoing battalion at Camp Shamrock. The defence forces said the troops had completed pre-deployment training in convoy drills and mine awareness. Their tasks include patrols along the Blue Line with the Lebanese army.",
        "military",
    ),
    (
        "France completes troop withdrawal from Chad",
        "France handed its last military base in Chad to the Chadian army and flew its remaining troops home, ending decades of military presence in the country after N'Djamena ended the defence cooperation agreement. About 1,000 French soldiers had been stationed there.",
        "military",
    ),
    (
        "US sends second carrier to Middle East as deterrent",
        "The Pentagon ordered the USS Carl Vinson carrier strike group to the Middle East to join the Truman, a defence official said, calling it a signal of deterrence. No change in the posture of US forces in the region was announced.",
        "military",
    ),
    (
        "Japan deploys missile unit to Yonaguni",
        "Japan's Ground Self-Defense Force will station a surface-to-air missile unit on Yonaguni island, 110 km from Taiwan, the defence ministry said, adding to an electronic warfare unit already based there. Local officials asked for shelters for residents. Work on the site is due to start next year.",
        "military",
    ),
]
