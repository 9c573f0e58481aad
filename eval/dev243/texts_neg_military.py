"""dev243 negatives: missile and anti-satellite tests, spy satellites, the militarisation of
orbit, GPS jamming and spoofing, space treaties and the space desk's history pages.
(title, text, kind code)."""

NEGATIVES = [
    (
        "North Korea's spy satellite launch fails as rocket breaks up over Yellow Sea",
        "North Korea's attempt to put a military reconnaissance satellite into orbit failed "
        "on Wednesday when its new Chollima-1 rocket lost thrust after the first and second "
        "stages separated, state media said. The rocket crashed into the sea west of the "
        "Korean peninsula, and South Korea's navy later recovered a large piece of wreckage "
        "about 200km west of Eocheong island. The launch prompted an air-raid alert and an "
        "evacuation warning in Seoul that was later withdrawn as an error, causing confusion "
        "in the capital. Japan briefly activated its J-Alert system for Okinawa. Pyongyang "
        "said it would try again “as soon as possible”. The United States, South Korea and "
        "Japan condemned the launch as a violation of UN resolutions banning the North's use "
        "of ballistic missile technology. The satellite, called Malligyong-1, was the "
        "North's first attempt since 2016 to put an object into orbit. South Korean "
        "officials said the wreckage would be examined by the military's defence development "
        "agency.",
        "military",
    ),
    (
        "North Korean ICBM lands inside Japan's exclusive economic zone",
        "North Korea fired an intercontinental ballistic missile on Friday that flew for "
        "about 69 minutes and fell into the sea inside Japan's exclusive economic zone, west "
        "of Hokkaido, Tokyo said. Japan's defence ministry said the Hwasong-17 reached an "
        "altitude of more than 6,000km on a steep lofted trajectory, and that no damage to "
        "ships or aircraft had been reported. It was the North's first full ICBM test in "
        "more than four years. Kim Jong Un oversaw the launch, state media said, calling it "
        "a warning to “US imperialists”. South Korea responded by firing its own missiles "
        "into the sea from land, air and ship. The UN Security Council will meet on the "
        "launch, diplomats said. The missile was launched from near Pyongyang's "
        "international airport, South Korea's military said. Japanese Prime Minister Fumio "
        "Kishida called the test “outrageous”. Fishing boats in the area were warned to stay "
        "alert. Analysts said the test suggested the North had solved earlier problems with "
        "the engines.",
        "military",
    ),
    (
        "Russia blows up old satellite in anti-satellite test, ISS crew shelter in capsules",
        "Russia destroyed one of its own defunct satellites with a missile fired from the "
        "ground on Monday, creating a cloud of more than 1,500 pieces of trackable debris "
        "and forcing the seven astronauts and cosmonauts aboard the International Space "
        "Station to take shelter in their docked spacecraft, the US State Department said. "
        "The target, Kosmos 1408, was a Soviet-era signals intelligence satellite launched "
        "in 1982. Russia's defence ministry confirmed the test and said the fragments posed "
        "no threat to orbital activities. NASA administrator Bill Nelson said he was "
        "“outraged” by the “reckless and dangerous” act. Debris experts said the fragments "
        "would stay in orbit for years and cross the paths of thousands of satellites, "
        "including Starlink craft. The United States, which carried out its own "
        "anti-satellite test in 2008, has since pledged not to conduct destructive tests. "
        "The crew returned to normal work after about two hours.",
        "military",
    ),
    (
        "Modi hails Mission Shakti as India shoots down its own satellite",
        "India has shot down one of its own satellites in low Earth orbit with a missile, "
        "Prime Minister Narendra Modi announced in a televised address on Wednesday, making "
        "it the fourth country after the United States, Russia and China to test an "
        "anti-satellite weapon. The test, called Mission Shakti, hit a target about 300km "
        "above the Earth three minutes after launch from Abdul Kalam Island off Odisha, the "
        "government said. “India has registered its name as a space power,” Modi said, weeks "
        "before a general election. The foreign ministry said the test was not directed "
        "against any country. NASA's administrator said the 400 pieces of debris created "
        "were a “terrible thing” for astronauts. Opposition parties complained to the "
        "election commission that the announcement breached campaign rules. The Defence "
        "Research and Development Organisation released video of the interceptor rising "
        "through cloud.",
        "military",
    ),
    (
        "‘Dogfighting in space’: US general says Chinese satellites practise manoeuvres",
        "Chinese satellites have been practising coordinated manoeuvres in orbit that amount "
        "to “dogfighting”, a senior US Space Force officer said on Tuesday, warning that the "
        "militarisation of space was accelerating. General Michael Guetlein told a "
        "conference near Washington that five Chinese objects had been seen moving in and "
        "around each other in synchrony and under control. “That is what we call dogfighting "
        "in space,” he said. China's foreign ministry called the remarks a smear and said "
        "Beijing opposes an arms race in outer space. Analysts said the satellites, from the "
        "Shiyan and Shijian series, are officially described as experimental. The Space "
        "Force is seeking more money for satellites that can manoeuvre and defend "
        "themselves, and for what it calls counter-space capabilities. The Space Force was "
        "founded in 2019 as the sixth branch of the US armed forces.",
        "military",
    ),
    (
        "Satellite images show Russian troops massing near Ukraine border",
        "New satellite images show Russian armoured units, tanks and self-propelled "
        "artillery gathered at a training ground near Yelnya, about 260km north of the "
        "Ukrainian border, in what Western officials describe as an unusual build-up. The "
        "pictures, taken in early November by Maxar, show hundreds of vehicles parked in "
        "rows at sites that were nearly empty in September. Ukraine's defence ministry said "
        "about 90,000 Russian troops were stationed near its border and in occupied Crimea. "
        "The Kremlin said troop movements inside Russia were nobody's business and accused "
        "NATO of provocative exercises in the Black Sea. US officials said they were "
        "watching closely and were sharing intelligence with allies. Analysts said the units "
        "appeared to have arrived by rail from central Russia. The Pentagon said it was not "
        "clear what Moscow intended.",
        "military",
    ),
    (
        "Satellite images show China expanding Cambodian naval base at Ream",
        "Satellite images taken over the past month show rapid construction at Cambodia's "
        "Ream naval base on the Gulf of Thailand, including a new pier large enough for "
        "warships bigger than anything in the Cambodian navy, according to the Asia Maritime "
        "Transparency Initiative. The project is being funded by China. US officials have "
        "long suspected that Beijing will gain exclusive access to part of the base, which "
        "both governments deny. The images show dredgers, a dry dock under construction and "
        "land cleared near former US-funded buildings that were demolished in 2020. "
        "Cambodia's defence minister said the base would remain open to all friendly navies. "
        "Two Chinese corvettes were spotted moored at the new pier in a later image. "
        "Cambodia's constitution bans foreign military bases on its soil.",
        "military",
    ),
    (
        "Iran's Revolutionary Guards launch second military satellite",
        "Iran's Revolutionary Guards said on Wednesday they had put a military satellite "
        "into orbit, the second in two years, using a Qased rocket launched from the "
        "Shahroud desert. The Noor-3 satellite was placed at an altitude of 450km, state "
        "television said, showing footage of the rocket lifting off at dawn. US Space "
        "Command said it was tracking an object consistent with the Iranian claim. The "
        "United States says Iran's satellite launches defy a UN Security Council resolution "
        "calling on Tehran to avoid activity related to ballistic missiles capable of "
        "carrying nuclear weapons. Iran says its space programme is peaceful and purely "
        "defensive. Several of its civilian launches have failed in recent years. The first "
        "Noor satellite was launched in April 2020 and fell back into the atmosphere two "
        "years later, according to tracking data.",
        "military",
    ),
    (
        "Russia's nuclear anti-satellite plans alarm Washington, officials say",
        "The United States believes Russia is developing a nuclear weapon designed to be "
        "placed in orbit to destroy satellites, officials said on Thursday, after a "
        "Republican lawmaker raised an alarm about an unspecified “serious national security "
        "threat”. The weapon is not yet deployed and poses no immediate threat to people on "
        "Earth, White House spokesman John Kirby told reporters. A nuclear blast in orbit "
        "could knock out huge numbers of satellites, including the commercial constellations "
        "used for communications and navigation. Russia called the reports a “malicious "
        "fabrication”. Moscow later vetoed a UN Security Council resolution calling on "
        "countries not to put nuclear weapons in space. Arms control experts said the "
        "episode showed how quickly the competition in orbit was becoming a new front. House "
        "Intelligence Committee chairman Mike Turner had urged the administration to "
        "declassify the information.",
        "military",
    ),
    (
        "Finnair halts Tartu flights over GPS interference",
        "Finnair is suspending its flights to Tartu in eastern Estonia for a month after two "
        "of its aircraft had to abort approaches to the airport because of GPS interference, "
        "the airline said on Monday. Tartu airport uses a landing approach that relies on "
        "satellite navigation. Estonian officials blamed Russia, saying jamming from "
        "Kaliningrad and the St Petersburg area had affected thousands of flights over the "
        "Baltic region in recent months. “This is a hybrid attack on our aviation,” Foreign "
        "Minister Margus Tsahkna said. The Kremlin denied involvement. The airline said "
        "safety had never been compromised and that pilots followed standard procedures. "
        "Lithuania and Latvia have also reported sharp increases in signal interference. "
        "Aviation experts said pilots could fall back on ground-based navigation aids, but "
        "that smaller airports often lack them.",
        "military",
    ),
    (
        "Airliners over Middle East report ‘spoofed’ positions near Beirut",
        "Dozens of commercial flights over the eastern Mediterranean have had their "
        "navigation systems fooled into showing false positions in recent weeks, aviation "
        "tracking firms say, with some cockpit displays placing aircraft over Beirut's "
        "airport when they were miles away. OPSGROUP, which represents pilots and "
        "dispatchers, said spoofing incidents had risen sharply since October, and that in "
        "some cases aircraft nearly strayed into Iranian airspace after losing their "
        "position. Researchers at the University of Texas traced one source of the false "
        "signals to a location near an Israeli air base. The Israeli military has said it "
        "disrupts GPS in the north as a defensive measure. No accidents have been linked to "
        "the problem. The International Civil Aviation Organization called for urgent action "
        "from states. Pilots said they now switch off GPS-based systems before entering the "
        "region and rely on inertial navigation.",
        "military",
    ),
    (
        "Von der Leyen's plane hit by GPS jamming on approach to Bulgaria",
        "An aircraft carrying European Commission President Ursula von der Leyen had to land "
        "at Plovdiv airport in Bulgaria using paper maps after its satellite navigation was "
        "jammed, a Commission spokeswoman said on Monday. Bulgarian authorities said they "
        "suspected Russian interference, and the plane circled for about an hour before "
        "landing safely. The Commission said it would step up investment in space defence "
        "and in the EU's own Galileo satellites to make navigation more resilient. Moscow "
        "dismissed the claims as paranoia. Flight tracking data showed the aircraft's signal "
        "quality falling sharply over southern Bulgaria. Von der Leyen was touring countries "
        "on the EU's eastern flank to discuss defence spending. Bulgaria's civil aviation "
        "authority said jamming incidents had increased sharply since 2022.",
        "military",
    ),
    (
        "Strava heatmap reveals locations of military bases around the world",
        "A global map published by the fitness tracking app Strava, showing the routes of "
        "its users' runs and rides, has revealed the layout of military bases and patrol "
        "routes in places including Syria, Afghanistan and Djibouti, security analysts said "
        "on Monday. The heatmap, built from GPS data uploaded by millions of users, shows "
        "bright traces around otherwise dark sites where soldiers jog in the evenings. "
        "Nathan Ruser, a student in Australia, first pointed out the problem on Twitter. The "
        "US-led coalition against Islamic State said it was reviewing its policies on "
        "wearable devices. Strava said users could opt out of the map. Some analysts said "
        "individual users could also be identified and followed. Sites visible on the map "
        "included a French base in Niger and outposts in Afghanistan's Helmand province, "
        "analysts said.",
        "military",
    ),
    (
        "UN committee approves talks on rules against weapons in orbit",
        "A United Nations committee on disarmament voted on Friday to set up a working group "
        "to negotiate rules to reduce threats in outer space, after years of deadlock "
        "between Western states and Russia and China. The resolution, sponsored by Britain, "
        "passed with 150 votes in favour. It calls for norms of “responsible behaviour” such "
        "as giving notice of close approaches to other countries' satellites, and follows a "
        "US pledge not to carry out destructive anti-satellite missile tests, which more "
        "than 30 countries have since joined. Russia and China argued that only a binding "
        "treaty banning weapons in space would work. Diplomats said the first session would "
        "be held in Geneva next year. The United States said it would take part in good "
        "faith. Delegates from several countries said debris from earlier tests still "
        "threatens satellites and urged rapid progress.",
        "peace",
    ),
    (
        "Armenia and Azerbaijan use satellite maps to mark first stretch of border",
        "Armenia and Azerbaijan have agreed on the first 12km of their shared border, using "
        "satellite imagery and Soviet-era maps, the two governments said on Friday, a step "
        "toward a peace treaty. The stretch runs between the Armenian village of Kirants and "
        "Azerbaijan's Gazakh district. Four abandoned villages will return to Azerbaijani "
        "control. Geodesists from both sides worked with surveyors to place concrete "
        "markers, officials said. Residents of Kirants protested peacefully on the main "
        "road, saying they feared losing access to their land. Prime Minister Nikol "
        "Pashinyan said the deal would make the border safer. Negotiators say the rest of "
        "the frontier, about 1,000km, will take years to finish. The deal was reached by "
        "commissions led by the two countries' deputy prime ministers. Azerbaijan's foreign "
        "ministry called it a historic moment for the region.",
        "peace",
    ),
    (
        "Ceasefire deal includes satellite monitoring, mediators say",
        "A ceasefire agreement due to take effect at midnight on Sunday will be monitored "
        "partly with commercial satellite imagery, mediators said on Friday, in an effort to "
        "check troop withdrawals without sending observers to the front line. The "
        "arrangement, agreed at talks in Doha, gives a committee of military officers from "
        "both sides and three guarantor states access to daily images from three satellite "
        "companies. Officials said any heavy weapons found within 15km of the line would be "
        "reported to the committee within 24 hours. Both delegations signed the text in the "
        "presence of Qatar's prime minister. Diplomats cautioned that similar deals had "
        "collapsed before. Aid agencies welcomed the agreement and said they hoped to reach "
        "areas cut off for months. Satellite companies said they would provide the images at "
        "no charge for the first three months.",
        "peace",
    ),
    (
        "Sixty years after Sputnik, the beep that started the space race",
        "On 4 October 1957, the Soviet Union launched a polished metal sphere the size of a "
        "beach ball, and the world listened to its beep. Sixty years on, Sputnik is "
        "remembered in Moscow with exhibitions and in the United States as the shock that "
        "created NASA and poured money into science education. “It was like another Pearl "
        "Harbor,” one American historian recalls being told by his father. The satellite "
        "stayed in orbit for three months before burning up. The rocket that carried it was "
        "a modified R-7 intercontinental ballistic missile, the weapon at the heart of the "
        "Cold War nuclear standoff. A replica hangs in the Cosmonautics Museum in Moscow, "
        "where a ceremony was held on Wednesday. Laika the dog followed on Sputnik 2 a month "
        "later. Russian space officials used the anniversary to promise new missions to the "
        "Moon.",
        "history",
    ),
    (
        "Challenger remembered 30 years on at Kennedy Space Center",
        "Families of the seven astronauts killed in the Challenger disaster gathered at the "
        "Kennedy Space Center in Florida on Thursday to mark 30 years since the shuttle "
        "broke apart 73 seconds after lift-off. The crew included Christa McAuliffe, a "
        "teacher from New Hampshire whose presence had drawn millions of schoolchildren to "
        "watch the launch. NASA officials laid wreaths at the Space Mirror Memorial. An "
        "investigation found that a rubber seal on one of the solid rocket boosters failed "
        "in the cold. June Scobee Rodgers, widow of commander Dick Scobee, said the "
        "anniversary was a time “to remember how they lived”. The agency's administrator "
        "said the lessons of Challenger still shaped its safety culture. President Barack "
        "Obama said in a statement that the crew's courage continued to inspire.",
        "history",
    ),
    (
        "Declassified Cold War spy satellite photos reveal lost Roman forts",
        "Spy satellite photographs taken during the Cold War have helped archaeologists "
        "identify almost 400 Roman forts in Syria and Iraq, a study published on Thursday "
        "says. The images come from the Corona and Hexagon reconnaissance programmes of the "
        "1960s and 1970s, declassified by the US government in the 1990s. A team from "
        "Dartmouth College found the sites by scanning thousands of frames for square "
        "outlines. Many of the forts have since been destroyed by farming and building. The "
        "results challenge the idea that the forts marked a defensive line against Persian "
        "armies, the authors said. “These pictures were taken to count Soviet missiles, and "
        "they turn out to be a time capsule,” one researcher said. The study, published in "
        "the journal Antiquity, covers an area of about 300,000 square km.",
        "history",
    ),
    (
        "Srebrenica, 20 years on: the satellite pictures that showed the graves",
        "Twenty years after the massacre at Srebrenica, relatives gathered at the Potocari "
        "memorial on Saturday to bury 136 newly identified victims, as survivors recalled "
        "the aerial photographs that first revealed the mass graves. In August 1995, the US "
        "ambassador to the UN showed the Security Council images from reconnaissance flights "
        "and satellites of freshly dug earth near Nova Kasaba, evidence that helped "
        "prosecutors at The Hague. More than 8,000 Muslim men and boys were killed by "
        "Bosnian Serb forces after the town fell in July 1995. Former US President Bill "
        "Clinton, who attended the ceremony, called the killings genocide. Forensic teams "
        "are still searching for the remains of about 1,000 people. The images were "
        "declassified only in part, years later. Among the victims buried on Saturday was a "
        "boy aged 15, relatives said. Mothers of Srebrenica, a survivors' group, said the "
        "search would go on until every victim was found.",
        "history",
    ),
]
