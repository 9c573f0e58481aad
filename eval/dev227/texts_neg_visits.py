"""dev227 negatives, part two: state visits, tours and summits with arms deals, pacts and parades
(military), trade wars and sanctions packages (economy), anniversaries and apologies (history)
and the ordinary protocol of the desk (other). See README.md."""

NEGATIVES = [
    (
        "Indonesia signs for 42 Rafale jets as French defence minister visits Jakarta",
        "JAKARTA - Indonesia signed a contract on Thursday to buy 42 Rafale fighter jets from "
        "France's Dassault Aviation, the largest arms deal of a two-day visit by the French "
        "defence minister. The first six aircraft will be delivered under an initial tranche, "
        "with the remaining 36 to follow, Indonesia's defence minister said at a joint news "
        "conference. The two governments also signed memorandums on two Scorpene submarines and "
        "on ammunition production in Indonesia. The deal is part of Jakarta's drive to replace "
        "an ageing fleet of American and Russian aircraft and to strengthen its air force in the "
        "South China Sea. The French minister said the agreement marked a new chapter in a "
        "strategic partnership with the largest country in South-East Asia. Analysts said "
        "financing remained a question, as the contract comes into force only when the first "
        "payment is received. Dassault's shares rose 3% in Paris. Indonesia is also in talks with "
        "Washington over F-15 jets. The Indonesian minister said the first pilots would begin "
        "training in France next year.",
        "military",
    ),
    (
        "Saudi Arabia and Pakistan sign mutual defence pact during Sharif visit to Riyadh",
        "RIYADH - Saudi Arabia and Pakistan signed a strategic mutual defence agreement on "
        "Wednesday under which any aggression against either country will be considered "
        "aggression against both, the two governments said. The pact was signed by the Saudi "
        "crown prince and Pakistan's prime minister at the Al-Yamamah palace, in the presence of "
        "Pakistan's army chief. A joint statement said it aimed to develop defence cooperation and "
        "strengthen joint deterrence. Pakistani officials did not say whether the agreement "
        "extends the protection of Pakistan's nuclear arsenal to the kingdom, a question asked by "
        "several analysts. The two countries have had military ties for decades, with Pakistani "
        "troops stationed in Saudi Arabia and Saudi financial support helping Islamabad through "
        "repeated balance-of-payments crises. India's foreign ministry said it would study the "
        "implications for its national security. Diplomats in the Gulf said the deal reflected "
        "doubts about the reliability of American guarantees.",
        "military",
    ),
    (
        "Japan and Philippines sign troop access pact as ministers meet in Manila",
        "MANILA - Japan and the Philippines signed a reciprocal access agreement on Monday that "
        "will allow their forces to deploy on each other's territory for joint training and "
        "exercises, during a visit to Manila by Japan's foreign and defence ministers. The pact, "
        "the first of its kind Japan has signed in Asia, must be ratified by both parliaments. The "
        "Philippine defence secretary said it would make it easier to hold large-scale drills "
        "and to respond together to disasters. The Japanese ministers also pledged coastal "
        "radar systems and more patrol vessels for the Philippine coast guard. China's foreign "
        "ministry said regional cooperation should not target third parties or undermine peace. "
        "Japan already has similar agreements with Australia and Britain. The two countries "
        "will hold their first joint exercises under the new framework next year, with "
        "American forces expected to take part. The ministers visited a Japanese-funded port "
        "project in Batangas on Tuesday.",
        "military",
    ),
    (
        "AUKUS leaders unveil submarine plan at San Diego naval base",
        "SAN DIEGO - The leaders of the United States, Britain and Australia announced on Monday "
        "how Australia will acquire nuclear-powered submarines under their AUKUS pact, standing "
        "in front of the USS Missouri at Naval Base Point Loma. Australia will buy at least three "
        "Virginia-class submarines from the United States from the early 2030s before building a "
        "new class, SSN-AUKUS, with British design and American technology. The programme will "
        "cost Australia up to 368 billion Australian dollars over three decades, officials said. "
        "The US president stressed that the boats would be nuclear-powered, not nuclear-armed. "
        "China's foreign ministry said the three countries were walking further down a wrong and "
        "dangerous road. Australia's prime minister called it the biggest single investment in "
        "the country's defence capability in its history. Indonesia and Malaysia have raised "
        "concerns about proliferation. Submarine crews from Australia will begin training on "
        "American and British boats this year.",
        "military",
    ),
    (
        "Indian troops lead Bastille Day parade as Modi is guest of honour in Paris",
        "PARIS - A contingent of 269 Indian soldiers, sailors and airmen marched down the "
        "Champs-Elysees on Friday at the head of the Bastille Day parade, with India's prime "
        "minister watching from the presidential stand as guest of honour. Three Indian Air Force "
        "Rafale jets joined the fly-past alongside French aircraft. The parade marked 25 years of "
        "the strategic partnership between the two countries. Hours before, India's defence "
        "ministry had approved the purchase of 26 Rafale Marine jets for its navy and three more "
        "Scorpene submarines, though prices were still to be negotiated. The French president "
        "hosted a dinner at the Louvre in the evening. Rights groups had criticised the "
        "invitation, citing the treatment of minorities in India, and a small group of "
        "demonstrators gathered on Place de la Republique. The two leaders also agreed on "
        "cooperation in space, civil nuclear energy and the use of India's digital payment "
        "system in France.",
        "military",
    ),
    (
        "NATO allies agree 5% spending target at shortest summit in years",
        "THE HAGUE - NATO leaders agreed on Wednesday to raise defence and security spending to 5% "
        "of gross domestic product by 2035, in a short final declaration adopted at a summit "
        "designed around the US president. The target includes 3.5% for core military spending "
        "and 1.5% for related items such as infrastructure, cyber defence and resilience. Spain "
        "said it had obtained flexibility and would not reach the full level. The declaration "
        "described Russia as a long-term threat to Euro-Atlantic security and reaffirmed the "
        "allies' commitment to collective defence. Ukraine's president attended a dinner hosted "
        "by the Dutch king but was not part of the main session. The NATO secretary-general said "
        "the alliance would be stronger, fairer and more lethal. Several leaders said the money "
        "would be spent on air defence, long-range missiles and ammunition. The summit lasted "
        "less than three hours, and the next will be held in Turkey.",
        "military",
    ),
    (
        "US and China agree 90-day tariff truce after Geneva talks",
        "GENEVA - The United States and China agreed on Monday to cut the steep tariffs they "
        "imposed on each other's goods for 90 days, in a truce in their trade war that sent stock "
        "markets sharply higher. After two days of talks at the residence of Switzerland's UN "
        "ambassador, the two sides said the United States would lower its extra duties on "
        "Chinese goods from 145% to 30%, and China would cut its levies on American imports from "
        "125% to 10%. The US treasury secretary said neither side wanted a decoupling. China's "
        "commerce ministry called the agreement an important step toward resolving differences "
        "through dialogue. The talks were the first face-to-face meeting of senior economic "
        "officials since the tariff war began in April. Shipping companies reported a surge in "
        "bookings on routes from China to the US west coast. Analysts warned that the truce left "
        "the hardest questions, including technology controls and fentanyl, unresolved.",
        "economy",
    ),
    (
        "EU foreign ministers adopt 14th sanctions package, target Russian LNG",
        "LUXEMBOURG - European Union foreign ministers formally adopted a 14th package of "
        "sanctions against Russia on Monday, targeting for the first time its exports of "
        "liquefied natural gas, after Germany dropped its objections to a clause on subsidiaries "
        "of EU companies. The package bans the re-export of Russian LNG through EU ports to third "
        "countries, though it does not ban imports. It also adds 116 individuals and entities to "
        "the bloc's blacklist and targets dozens of vessels of the so-called shadow fleet. The "
        "EU's foreign policy chief said the measures would deprive Moscow of further revenue. "
        "Hungary, which had held up earlier packages, did not block the adoption. Russia's "
        "foreign ministry said the sanctions were illegitimate and would hurt Europe more than "
        "Russia. Officials said work on a 15th package would begin in the autumn. Belgian and "
        "French ports handle most of the Russian LNG shipped onward.",
        "economy",
    ),
    (
        "Italy secures extra Algerian gas as premier leads energy diplomacy drive",
        "ALGIERS - Italy's prime minister signed an agreement in Algiers on Monday for Algeria to "
        "increase gas exports to Italy through the Transmed pipeline, part of a scramble by "
        "European governments to replace Russian supplies. Italy's Eni and Algeria's state "
        "company Sonatrach agreed on gradual increases from this year, reaching nine billion "
        "cubic metres a year in 2023 and 2024, officials said. The visit, which included the "
        "foreign and energy ministers, was the first of a series of trips to gas producers in "
        "Africa, with Angola and Congo-Brazzaville next on the itinerary. Algeria is already "
        "Italy's second-largest supplier after Russia. Algeria's president said the agreement "
        "would make Italy a hub for gas to the rest of Europe. The two countries also signed "
        "deals on renewable energy and hydrogen. Analysts warned that Algeria's capacity to "
        "raise output quickly was limited by years of under-investment and rising domestic "
        "demand. Italian officials said they expected the first additional cargoes by the autumn.",
        "economy",
    ),
    (
        "G7 finance ministers agree $60 price cap on Russian oil",
        "The Group of Seven and Australia agreed on Friday to cap the price of Russian seaborne "
        "oil at 60 dollars a barrel, after the European Union settled its internal differences "
        "over the level. Under the scheme, Western insurers and shippers may carry Russian crude "
        "to third countries only if it is sold at or below the cap. The US treasury secretary "
        "said the measure would limit Moscow's revenues while keeping global energy supplies "
        "stable. Poland had held out for a lower price, while Greece, Malta and Cyprus, with large "
        "shipping industries, had wanted a higher one. The Kremlin said it would not sell oil to "
        "countries that applied the cap. The level will be reviewed every two months. The cap "
        "comes into force on Monday, the same day as an EU embargo on Russian crude arriving by "
        "sea. Oil prices were little changed, with Brent trading near 86 dollars a barrel. "
        "Ukraine's president said a cap of 30 dollars would have been more effective.",
        "economy",
    ),
    (
        "Leaders gather at Normandy beaches for 80th anniversary of D-Day",
        "OMAHA BEACH, France - Heads of state and government joined veterans in their late 90s and "
        "100s in Normandy on Thursday to mark the 80th anniversary of the D-Day landings. At the "
        "American cemetery at Colleville-sur-Mer, where more than 9,000 US servicemen are buried, "
        "the US president said the soldiers had stormed the beaches to defeat tyranny. At an "
        "international ceremony on Omaha Beach, the French president awarded the Legion of "
        "Honour to American veterans, and Ukraine's president was greeted with applause. Britain's "
        "King Charles spoke of the courage of those who landed on the beaches of Gold, Juno and "
        "Sword. Russia was not invited, organisers said, citing the war against Ukraine. About "
        "200 veterans travelled to Normandy, most of them in wheelchairs. A re-enactment of the "
        "parachute drop over Sainte-Mere-Eglise drew thousands of spectators on Wednesday. Many "
        "veterans said they feared it would be the last big anniversary they could attend.",
        "history",
    ),
    (
        "G7 leaders lay wreaths at Hiroshima peace memorial",
        "HIROSHIMA - Leaders of the Group of Seven visited the Peace Memorial Museum in Hiroshima "
        "on Friday, the first day of their summit, and laid wreaths at the cenotaph for the "
        "victims of the 1945 atomic bombing. Japan's prime minister, whose family comes from the "
        "city, guided his counterparts through the museum, where they spent about 40 minutes. "
        "The leaders also met Keiko Ogura, a survivor of the bombing who was eight at the time. "
        "They planted a cherry tree in the memorial park before moving to the summit venue on "
        "Miyajima island. The summit issued a separate statement on nuclear disarmament, which "
        "some survivors' groups said was too weak. Historians noted that the US president's visit "
        "was only the second by a sitting American leader. The Atomic Bomb Dome, the ruin of the "
        "city's industrial promotion hall, was floodlit in the evening. About 140,000 people died "
        "by the end of 1945 from the bomb, according to city estimates.",
        "history",
    ),
    (
        "Foreign ministers join mourners at Srebrenica as seven victims are buried",
        "POTOCARI, Bosnia - Tens of thousands of people gathered at the memorial centre in "
        "Potocari on Friday to mark 30 years since the Srebrenica genocide, joined by several "
        "foreign ministers and the European Council president. The remains of seven victims "
        "identified over the past year were buried in the cemetery, among them a 19-year-old and "
        "a woman in her sixties. More than 8,000 Bosniak men and boys were killed by Bosnian Serb "
        "forces after they overran the UN-protected enclave in July 1995. Peace marchers arrived "
        "after a three-day walk retracing the route of those who tried to flee through the "
        "forests. The Dutch defence minister acknowledged the failure of the Dutch peacekeepers "
        "who had been assigned to protect the enclave. Serbian leaders did not attend. The "
        "mothers of Srebrenica association criticised those who still deny the genocide. "
        "Since May last year the UN has marked 11 July as an international day of remembrance.",
        "history",
    ),
    (
        "German president asks forgiveness for colonial killings on Tanzania visit",
        "SONGEA, Tanzania - Germany's president asked for forgiveness on Wednesday for the "
        "killings committed by German colonial troops during the Maji Maji uprising in what was "
        "then German East Africa, during a three-day state visit to Tanzania. Speaking at the Maji "
        "Maji museum in Songea, he said he was ashamed of what German soldiers had done, and that "
        "Germany wanted to search for the truth together with Tanzanians. Historians estimate "
        "that up to 300,000 people died in the rebellion of 1905-1907, many from hunger after "
        "colonial forces burned crops and villages. He met descendants of Chief Songea Mbano, "
        "who was hanged by the Germans, and whose skull may be held in a German museum. "
        "Tanzania's president said the visit opened a new chapter, but some descendants said an "
        "apology without reparations was not enough. Germany has returned artefacts from its "
        "collections to several African countries in recent years.",
        "history",
    ),
    (
        "Steinmeier asks Poles for forgiveness at Warsaw Uprising anniversary",
        "WARSAW - Germany's president asked Poland for forgiveness on Wednesday for the crimes "
        "committed by German forces during the Warsaw Uprising, speaking at a ceremony marking its "
        "80th anniversary. He said he bowed his head before the fighters and the civilian "
        "victims, about 200,000 of whom died during the 63 days of fighting in 1944. Poland's "
        "president thanked him but said the question of reparations, which Warsaw puts at more "
        "than 1.3 trillion euros, remained open. Sirens sounded across the city at 5 in the "
        "afternoon, the hour the uprising began, and traffic stopped as people stood in silence. "
        "A few dozen surviving insurgents, now in their nineties, attended the ceremony at the "
        "Warsaw Rising Museum. The German government says the reparations question was settled "
        "decades ago. Historians said the visit was one of the most significant gestures by a "
        "German head of state since Willy Brandt knelt at the ghetto memorial in 1970.",
        "history",
    ),
    (
        "Emperor Naruhito's state visit to Britain opens with carriage procession",
        "LONDON - Japan's Emperor Naruhito and Empress Masako began a state visit to Britain on "
        "Tuesday with a ceremonial welcome on Horse Guards Parade and a carriage procession along "
        "the Mall to Buckingham Palace. King Charles hosted a state banquet in the evening, where "
        "he spoke of the deep friendship between the two island nations and the emperor's student "
        "days at Oxford. The emperor replied in English and recalled rowing on the Thames. The "
        "visit, postponed from 2020 because of the pandemic, is the first state visit by a "
        "Japanese monarch to Britain since 1998. The couple are due to visit Oxford, where the "
        "empress also studied, and to see a display of Japanese items in the Royal Collection. "
        "The British prime minister, in the middle of an election campaign, met the emperor "
        "briefly. Officials said trade and technology cooperation would feature in talks between "
        "the two governments during the week. The Japanese embassy said the emperor would lay a "
        "wreath at Westminster Abbey before leaving.",
        "other",
    ),
    (
        "Kosovars gain visa-free travel to Schengen area after years of waiting",
        "PRISTINA - Citizens of Kosovo can travel to the Schengen area without visas from Monday, "
        "ending years of isolation that made Kosovars the last people in the Western Balkans to "
        "need a visa for short trips to most of the European Union. Kosovo's foreign minister "
        "flew to Brussels on the first morning to celebrate, and crowds gathered at Pristina "
        "airport, where flights to Germany, Switzerland and Austria were fully booked. The "
        "European Commission had judged in 2018 that Kosovo met all the conditions, but several "
        "member states held up the decision for years. Holders of Kosovo passports may now stay "
        "for up to 90 days in any 180-day period. The country's prime minister called it a "
        "historic day. Travel agencies said bookings had risen by about 40% over the new year "
        "period. Five EU member states, including Spain, still do not recognise Kosovo's "
        "independence, but have agreed to accept its passports. Border officers in several "
        "countries received instructions on the new rules only days before the change.",
        "other",
    ),
    (
        "Kenya names new envoys to Washington and Beijing in diplomatic reshuffle",
        "NAIROBI - Kenya's president on Thursday nominated new ambassadors to the United States, "
        "China and the United Kingdom, in a reshuffle of 35 diplomatic posts that will have to be "
        "approved by parliament's committee on defence and foreign relations. The list includes "
        "a former central bank governor, two retired generals and several former members of "
        "parliament, the statement from State House said. The opposition criticised what it "
        "called the rewarding of political allies with embassy postings. The foreign ministry "
        "said the new envoys would focus on trade, investment and labour mobility, with Kenyans "
        "working abroad now one of the country's largest sources of foreign currency. Nominees "
        "will appear before the committee for vetting in the coming weeks. Kenya also plans to "
        "open new missions in Haiti and Vietnam. The outgoing ambassador in Washington is "
        "expected to return to a senior post at the ministry. Parliament is due to resume its "
        "sittings after the recess in the second week of February.",
        "other",
    ),
]
