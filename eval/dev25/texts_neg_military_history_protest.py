"""dev25 texts: negatives: the military without fighting; negatives: veterans, anniversaries,
the past; negatives: peaceful protest and strikes.

NEGATIVES = [(title, text, kind code), ...], in the order they were written.
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: the military without fighting
    (
        "Russia and Belarus begin Zapad exercises near NATO's border",
        "Thousands of Russian and Belarusian troops started a week of joint drills in Belarus and western Russia, including rehearsals for the use of nuclear weapons, the Russian defence ministry said. Poland closed its border with Belarus for the duration.",
        "military",
    ),
    (
        "NATO troops fan out across Europe for Steadfast Defender",
        "About 90,000 troops from all 31 member states will take part in Steadfast Defender, which runs until May and simulates the defence of Europe's eastern flank against an attack, NATO's top commander said. Russia said the drills were a sign of NATO's hostility.",
        "military",
    ),
    (
        "Chinese warships and jets encircle Taiwan in 'Strait Thunder' drills",
        "China's Eastern Theatre Command said it had sent destroyers, bombers and coast guard ships around Taiwan to practise blockading ports and striking key targets, and Taiwan put its forces on alert. No shots were fired.",
        "military",
    ),
    (
        "Pyongyang test-launches short-range missile off its east coast",
        "North Korea launched a short-range ballistic missile that landed outside Japan's exclusive economic zone, South Korea's joint chiefs of staff said. It was the country's fifth missile test this year.",
        "military",
    ),
    (
        "Warsaw orders 180 more K2s from Seoul",
        "Poland's defence minister signed a contract for 180 more K2 tanks, part of a buying spree that has made the country one of NATO's biggest military spenders. Some of the tanks will be built in Poland under licence.",
        "military",
    ),
    (
        "German brigade formally stands up in Lithuania",
        "The German army inaugurated a permanently stationed armoured brigade in Vilnius, its first long-term deployment abroad since the Second World War, at a ceremony attended by the chancellor. It is expected to reach full strength of about 5,000 soldiers by 2027.",
        "military",
    ),
    (
        "Indian and Chinese troops end Doklam standoff",
        "India and China agreed to pull back troops who had faced each other for more than two months on the Doklam plateau, India's foreign ministry said. No shots were fired during the standoff.",
        "military",
    ),
    (
        "South Korea fires warning shots after North Korean soldiers cross border",
        "South Korean troops fired warning shots and broadcast warnings after about 20 North Korean soldiers briefly crossed the military demarcation line while working on the border, and the soldiers withdrew, the joint chiefs of staff said. No one was hurt.",
        "military",
    ),
    (
        "Tokyo cabinet signs off on biggest military budget",
        "The cabinet signed off on Japan's largest military budget, with money for long-range missiles and drones, as the country doubles defence spending over five years. Parliament is expected to pass it by the end of March.",
        "military",
    ),
    (
        "Latvian lawmakers vote to restore compulsory service",
        "Latvia's parliament voted to reinstate compulsory military service for men aged 18 to 27, citing the threat from Russia. The first conscripts will start training in July.",
        "military",
    ),
    (
        "China commissions its third aircraft carrier",
        "The Fujian, China's first carrier with electromagnetic catapults, entered service at a ceremony at a naval port on Hainan island attended by President Xi Jinping. State media said the ship would be based at Sanya.",
        "military",
    ),
    (
        "Iran unveils new long-range attack drone at Tehran exhibition",
        "Iran's Revolutionary Guards displayed a jet-powered drone they said could fly 2,000 km, at an exhibition attended by the defence minister. Officials said it had been tested successfully over the Gulf of Oman.",
        "military",
    ),
    (
        "Beijing parade shows off new missiles and drones",
        "Tanks, hypersonic missiles and underwater drones rolled through Tiananmen Square in a parade marking 80 years since the end of the Second World War, watched by the leaders of Russia and North Korea. About 10,000 troops took part in the parade.",
        "military",
    ),
    (
        "National Guard troops deployed on Washington streets",
        "Hundreds of National Guard soldiers began patrolling the National Mall and railway stations in Washington after President Trump declared a crime emergency in the capital. The city's mayor called the deployment unnecessary.",
        "military",
    ),
    (
        "UN peacekeepers complete withdrawal from Mali",
        "The last troops of the UN mission in Mali left the country, ending a decade-long deployment after the junta asked them to go, the UN said. More than 300 peacekeepers died during the mission.",
        "military",
    ),
    (
        "US approves sale of fighter jets to Saudi Arabia",
        "The State Department approved the possible sale of F-35 jets to Saudi Arabia, officials said, a deal that Israel had long opposed. The deal still needs approval from Congress.",
        "military",
    ),
    (
        "Ukraine's drone makers show off new models at Kyiv defence fair",
        "Dozens of Ukrainian companies displayed long-range drones and interceptors at an arms fair in Kyiv, as the government seeks foreign investors for production. The defence minister said Ukraine could produce several million drones a year.",
        "military",
    ),
    (
        "Soldiers sent to help clear snow in Scotland",
        "Troops were deployed to help clear roads and deliver supplies to villages cut off by heavy snow in Aberdeenshire, the Ministry of Defence said. Some villages have been without power for three days.",
        "disaster",
    ),
    # ---------------------------------------------------------------- negatives: veterans, anniversaries, the past
    (
        "Centenarian veterans return to Omaha Beach",
        "A few dozen veterans, most of them over 100, joined world leaders on Omaha Beach to commemorate the Allied landings of June 1944. King Charles and President Macron laid wreaths at the British memorial at Ver-sur-Mer.",
        "history",
    ),
    (
        "Dawn services mark Anzac Day across Australia and New Zealand",
        "Tens of thousands of people attended dawn services to remember soldiers who died at Gallipoli and in later wars, and veterans marched through city centres. In Canberra, about 35,000 people attended the service at the Australian War Memorial.",
        "history",
    ),
    (
        "Kagame lights flame at Gisozi as Kwibuka 30 opens",
        "President Paul Kagame lit a flame at the Kigali Genocide Memorial to mark the start of the commemoration of the 1994 genocide against the Tutsi, in which about 800,000 people were killed. Former US president Bill Clinton was among the foreign guests.",
        "history",
    ),
    (
        "Bomb squad clears three American wartime bombs in Cologne",
        "About 20,000 residents were told to leave their homes while experts made safe three unexploded American bombs from the Second World War found during building work, city officials said. Trains were diverted and a hospital was partly evacuated until the operation ended in the evening.",
        "history",
    ),
    (
        "Wreaths at the Bataclan and cafe terraces a decade on",
        "Survivors and relatives of the 130 people killed in the November 2015 attacks laid wreaths at the Bataclan, the Stade de France and the café terraces, and a memorial garden was opened. President Macron attended the ceremonies with the mayor of Paris.",
        "history",
    ),
    (
        "Names of the dead read at 9/11 memorial on 20th anniversary",
        "Relatives read the names of nearly 3,000 people killed in the September 11 attacks at a ceremony at Ground Zero, pausing for moments of silence at the times the planes struck. President Biden attended ceremonies in New York, Pennsylvania and at the Pentagon.",
        "history",
    ),
    (
        "Remains of WWII soldiers exhumed in forest near Smolensk",
        "Volunteers of a search group recovered the remains of 40 Red Army soldiers who died in fighting in 1941 and will rebury them with military honours. Two were identified from medallions found with them.",
        "history",
    ),
    (
        "Peace bell rings in Hiroshima on bombing anniversary",
        "Hiroshima's mayor urged world leaders to abandon nuclear deterrence at a ceremony marking the anniversary of the 1945 bombing. Representatives of about 100 countries attended the ceremony in the Peace Memorial Park.",
        "history",
    ),
    (
        "Korean War dead flown to Hawaii for identification",
        "The remains of American servicemen killed in the Korean War were flown to Hawaii for identification after being handed over at a ceremony. Scientists expect identification to take years.",
        "history",
    ),
    (
        "Appeals judges uphold Mladić's life sentence for genocide",
        "The UN court in The Hague upheld the conviction of former Bosnian Serb commander Ratko Mladić for genocide at Srebrenica and his life sentence, ending a case that began with his indictment in 1995. Relatives of victims who watched in The Hague and in Potočari welcomed the ruling.",
        "history",
    ),
    (
        "Argentina remembers Falklands war dead 40 years on",
        "Veterans and relatives gathered in Ushuaia and Buenos Aires to remember the 649 Argentine servicemen who died in the 1982 war with Britain. President Fernández renewed Argentina's claim to the islands in a speech.",
        "history",
    ),
    (
        "Thousands watch Waterloo reenactment",
        "About 2,000 reenactors in period uniform staged the battle of Waterloo in fields near the Belgian town, complete with cavalry charges and cannon fire. The organisers said tickets had sold out months ago.",
        "history",
    ),
    (
        "Crowds climb to Tsitsernakaberd memorial on April 24",
        "Tens of thousands of people walked to the Tsitsernakaberd memorial to lay flowers for the victims of the mass killings of 1915. Turkey rejects the term genocide.",
        "history",
    ),
    (
        "Last surviving Dambusters pilot dies aged 101",
        "The RAF veteran, who flew in the 1943 raid on German dams, died at his home, his family said. He was decorated for his part in the raid and later flew as a test pilot.",
        "history",
    ),
    # ---------------------------------------------------------------- negatives: peaceful protest and strikes
    (
        "Teachers strike closes schools across England",
        "Most schools in England closed or partly closed as members of the National Education Union walked out in a dispute over pay, and teachers marched peacefully in London. The union said talks with the government had failed.",
        "protest",
    ),
    (
        "Hay bales and tractors ring Paris",
        "Farmers drove hundreds of tractors onto motorways leading to Paris and set up roadblocks with hay bales, demanding less regulation and higher prices. Police watched but did not intervene.",
        "protest",
    ),
    (
        "Last Generation halts A100 rush hour with glued hands",
        "Activists of the Last Generation group glued their hands to the road on the A100 during the morning rush hour, and police detached and detained them, causing long traffic jams. The group wants a speed limit on motorways.",
        "protest",
    ),
    (
        "Hundreds of thousands march in Hong Kong against extradition bill",
        "Organisers said more than a million people marched peacefully through Hong Kong island in sweltering heat to oppose a bill that would allow extraditions to mainland China. Police put the number at 240,000.",
        "protest",
    ),
    (
        "Women in white form human chains across Belarus",
        "Thousands of women dressed in white and holding flowers stood in lines along avenues in Minsk to protest against the disputed election result, and drivers honked in support. Some of the women were later detained, rights groups said.",
        "protest",
    ),
    (
        "Students lead huge rally in Belgrade against corruption",
        "Police said about 275,000 people gathered in central Belgrade for a peaceful rally called by students after the collapse of a railway station canopy in Novi Sad that killed 16. The protesters blew whistles and held 15 minutes of silence for the victims.",
        "protest",
    ),
    (
        "Saturday-night crowds in Tel Aviv keep up Supreme Court protest",
        "Tens of thousands of people marched in Tel Aviv and Jerusalem on Saturday night against the government's plan to curb the Supreme Court, in protests that organisers said passed without incident. Organisers said 150,000 people attended.",
        "protest",
    ),
    (
        "General strike paralyses Argentina",
        "Trains, buses and flights were cancelled and banks closed as unions held a general strike against President Milei's spending cuts. The government said it would dock the pay of public employees who stayed away.",
        "protest",
    ),
    (
        "South Korean trainee doctors walk out over medical school plan",
        "Thousands of junior doctors resigned and stopped working in protest at a government plan to increase medical school admissions, and hospitals postponed surgeries. The government threatened to suspend their licences.",
        "protest",
    ),
    (
        "Police detain anti-war protesters at Moscow vigil",
        "Police detained at least 14 people who laid flowers at a monument in central Moscow to protest against the war in Ukraine, a rights group said. The protesters had come to lay flowers for victims of a missile strike on Dnipro.",
        "protest",
    ),
    (
        "Mothers of the disappeared march in Mexico City",
        "Hundreds of mothers searching for missing children marched to the Angel of Independence on Mother's Day, carrying photos of their sons and daughters. More than 100,000 people are listed as missing in Mexico.",
        "protest",
    ),
    (
        "Palestinian prisoners on hunger strike for a month",
        "About 1,500 Palestinian prisoners in Israeli jails have refused food since mid-April to demand better conditions and family visits, prisoner groups said. Israel's prison service said it would not negotiate with the strikers.",
        "protest",
    ),
    (
        "London march for Gaza ceasefire passes peacefully",
        "Police said about 100,000 people marched from Hyde Park to the US embassy, and a handful of arrests were made for placards that may have broken the law. It was the 12th national march since October.",
        "protest",
    ),
    (
        "Kenyan doctors strike for second month",
        "Public hospitals in Kenya turned away patients as doctors continued a strike over pay and postings, and the health ministry said talks had broken down. The doctors' union wants the government to implement a 2017 pay deal.",
        "protest",
    ),
    (
        "Georgian Dream supporters hold rally in Tbilisi",
        "Thousands of supporters of the ruling party gathered in Tbilisi for a rally addressed by the prime minister, days before the election. The party's founder, Bidzina Ivanishvili, promised to ban opposition parties if it won.",
        "protest",
    ),
    (
        "Falklands veterans protest pension cuts in Buenos Aires",
        "Hundreds of war veterans and pensioners marched to Congress in Buenos Aires against cuts to their pensions, and the march ended without incident. Their leaders said they would return every week until Congress voted on the bill.",
        "protest",
    ),
]
