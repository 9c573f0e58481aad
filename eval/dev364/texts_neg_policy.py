"""dev364 negatives: space, the military and nuclear physics, accidents, science policy,
markets, protests, peace and the missions of the science desk.

NEGATIVES = [(title, text, kind code), ...]; kind codes of eval/conflictset.
"""

NEGATIVES = [
    (
        "North Korea says it has put a spy satellite into orbit on third attempt",
        "North Korea said on Wednesday that it had successfully launched a military "
        "reconnaissance satellite, after two failed attempts earlier this year, and that leader "
        "Kim Jong Un had watched the launch from the Sohae station. The Chollima-1 rocket "
        "lifted off late on Tuesday and placed the Malligyong-1 satellite in orbit about 12 "
        "minutes later, state media reported. South Korea's military said it appeared the "
        "satellite had entered orbit, but that it was too early to say whether it worked. Space "
        "analysts who track objects in orbit confirmed a new object on a path consistent with "
        "the launch. Japan briefly issued a missile alert for Okinawa. The United States, Japan "
        "and South Korea condemned the launch as a violation of UN resolutions that bar the North "
        "from using ballistic missile technology. Experts suspect Russia helped with the rocket's "
        "engines.",
        "military",
    ),
    (
        "Russian anti-satellite missile test creates debris cloud, forcing ISS crew to shelter",
        "Russia destroyed one of its own old satellites with a missile on Monday, creating more "
        "than 1,500 pieces of trackable debris and forcing the seven astronauts and cosmonauts "
        "on the International Space Station to take shelter in their docked spacecraft, US "
        "officials said. The target, Kosmos 1408, was a defunct Soviet-era spy satellite orbiting "
        "at about 480 kilometres. The State Department called the test reckless and dangerous. "
        "Russia's defence ministry confirmed the test and said the fragments posed no threat. "
        "Space scientists warned that the debris will stay in orbit for years and raise the risk "
        "of collisions with satellites. “It is like shooting out the windows of your own house,” "
        "said one orbital-debris specialist. China, India and the United States have all carried "
        "out similar tests. Calls for a ban on destructive tests are growing.",
        "military",
    ),
    (
        "China tests hypersonic glide vehicle that circled the globe, report says",
        "China tested a nuclear-capable hypersonic glide vehicle in August that circled the globe "
        "in low orbit before speeding towards its target, which it missed by about 40 "
        "kilometres, according to a report in the Financial Times citing intelligence sources. "
        "Beijing's foreign ministry said it had tested a reusable spacecraft, not a missile. "
        "Physicists and arms-control experts said the test showed capabilities that could evade "
        "missile-defence systems, which are designed to intercept warheads on predictable "
        "ballistic paths. Hypersonic vehicles fly at more than five times the speed of sound and "
        "can manoeuvre in the atmosphere. “This is a significant technological step,” said an "
        "aerospace engineer at Princeton University who studies such weapons. The United States "
        "and Russia are also developing hypersonic weapons. The Pentagon declined to comment on "
        "the report.",
        "military",
    ),
    (
        "Global monitoring network detects North Korea's largest nuclear test",
        "Seismic stations around the world recorded a magnitude-6.3 event in north-eastern North "
        "Korea on Sunday, which Pyongyang later said was the test of a hydrogen bomb designed to "
        "fit on a long-range missile. The Comprehensive Nuclear-Test-Ban Treaty Organization "
        "said its network of more than 150 stations located the event at the Punggye-ri test "
        "site and that it was roughly ten times stronger than the previous test. Seismologists "
        "estimated the explosive yield at between 100 and 250 kilotonnes. A second, smaller "
        "event eight minutes later was probably the collapse of a tunnel, researchers said. "
        "Radionuclide stations in Japan and Russia are looking for traces of radioactive xenon "
        "that could confirm the nature of the device. The UN Security Council will meet on "
        "Monday. Nuclear physicists say the test suggests a significant advance in the "
        "country's weapons programme.",
        "military",
    ),
    (
        "Pentagon research agency pours money into AI for drone swarms",
        "The US Defense Advanced Research Projects Agency is funding a new programme to develop "
        "artificial intelligence that can coordinate swarms of hundreds of drones, the agency "
        "said, as militaries race to automate parts of the battlefield. Contracts worth about "
        "$60 million have been awarded to universities and companies including Carnegie Mellon "
        "University and the Georgia Tech Research Institute. The programme will test its "
        "systems in exercises at army training grounds in California. Researchers say the "
        "technology could be used for search and rescue as well as combat. But some computer "
        "scientists have refused to work on military contracts, and more than 4,000 have signed "
        "a pledge not to develop lethal autonomous weapons. “There needs to be a human in the "
        "loop,” said a robotics professor at the University of California, Berkeley. Talks on "
        "regulating such weapons at the UN in Geneva have made little progress.",
        "military",
    ),
    (
        "SpaceX Starship explodes minutes after launch, raining debris over Caribbean",
        "SpaceX's Starship rocket broke apart about eight minutes after lifting off from Texas on "
        "Thursday, scattering flaming debris over the Turks and Caicos Islands and forcing "
        "dozens of commercial flights to divert or hold. The company said the upper stage lost "
        "contact after an apparent fire in its engine section, but that the giant booster had "
        "returned to the launch tower and been caught by its mechanical arms. Residents posted "
        "videos of glowing streaks across the evening sky. The Federal Aviation Administration "
        "said it had required SpaceX to carry out a mishap investigation. Nobody was reported "
        "hurt, but environmental groups on the islands said they were checking beaches for "
        "fragments. Starship is central to NASA's plans to land astronauts on the Moon. SpaceX "
        "said it learned a great deal from the flight and would fly again soon.",
        "accident",
    ),
    (
        "Antares rocket explodes seconds after launch from Virginia",
        "An unmanned Antares rocket carrying supplies to the International Space Station exploded "
        "seconds after lifting off from Wallops Island, Virginia, on Tuesday evening, destroying "
        "its cargo and damaging the launch pad. No one was hurt; the area had been cleared "
        "before launch. The rocket, built by Orbital Sciences, was carrying about 2,200 "
        "kilograms of food, equipment and science experiments, including a student project and "
        "a set of small satellites. NASA said the astronauts on the station had enough food "
        "for months. Engineers will investigate whether the Soviet-era engines, refurbished for "
        "the rocket's first stage, were to blame. “Obviously we're disappointed,” a company "
        "executive told reporters. The failure came days before a Russian supply flight. "
        "Residents were told not to touch any debris that washed up on beaches.",
        "accident",
    ),
    (
        "Three students killed in Beijing university lab explosion",
        "Three graduate students were killed on Wednesday when an explosion and fire tore "
        "through a laboratory at Beijing Jiaotong University, where they were carrying out an "
        "experiment on treating sewage, the university said. Firefighters took about an hour to "
        "put out the blaze, and black smoke could be seen across the campus. Police and safety "
        "officials are investigating the cause, and state media reported that magnesium powder "
        "stored in the lab may have been involved. Chinese scientists on social media called for "
        "stricter safety training, saying that graduate students are often left to run "
        "dangerous experiments unsupervised. The Ministry of Education ordered universities to "
        "inspect their laboratories. Such accidents have also occurred at universities in the "
        "United States and Europe, but safety experts say reporting in China remains patchy. The "
        "university suspended classes in the building.",
        "accident",
    ),
    (
        "Fire guts Brazil's National Museum, destroying millions of specimens",
        "A fire swept through Brazil's 200-year-old National Museum in Rio de Janeiro on Sunday "
        "night, destroying much of a collection of about 20 million items, from insects and "
        "fossils to recordings of Indigenous languages that are no longer spoken. No one was "
        "injured. Firefighters said the hydrants near the building were dry, and they had to "
        "fetch water from a lake. Researchers wept outside as the flames engulfed the former "
        "imperial palace. Scientists had warned for years that budget cuts had left the building "
        "in poor repair. “Two hundred years of science, gone in one night,” said a palaeontologist "
        "who worked there. Luzia, an 11,500-year-old skull among the oldest human remains in the "
        "Americas, was later found in the rubble. The government pledged money to rebuild. "
        "Museums across the world offered to lend specimens.",
        "accident",
    ),
    (
        "Scientists brace for 'war on science' as NIH grants are cancelled",
        "Researchers across the United States are scrambling after the National Institutes of "
        "Health cancelled hundreds of grants on topics from HIV prevention to vaccine hesitancy, "
        "in what critics call an all-out assault on American science. The agency has also cut "
        "the share of grants that can be spent on overheads to 15%, a move that universities say "
        "would cost them billions of dollars a year. A federal judge temporarily blocked the cap "
        "on Monday. Some laboratories have stopped hiring and told graduate students there is no "
        "money for them. Administration officials say they are ending waste and refocusing the "
        "agency on chronic disease. “This is a war on science,” said a Democratic senator. "
        "Nature's survey of more than 1,600 readers found that three-quarters were considering "
        "leaving the country. Europe and Canada are setting up schemes to attract American "
        "researchers.",
        "politics",
    ),
    (
        "UK rejoins Horizon Europe after two-year battle",
        "Britain will rejoin the European Union's €95-billion research programme Horizon Europe, "
        "ending a two-year stand-off that left British scientists shut out of the largest "
        "science-funding scheme in the world, the government announced on Thursday. The deal, "
        "agreed between Prime Minister Rishi Sunak and European Commission President Ursula von "
        "der Leyen, lets UK researchers apply for grants from next year. Association was agreed "
        "in the Brexit trade deal of 2020 but was held up by the row over Northern Ireland. "
        "Scientists' groups welcomed the news but said the damage would take time to repair: "
        "several prestigious grants were lost and some researchers moved to the continent. "
        "Britain will not rejoin Euratom's fusion programme. “This is a good deal for science,” "
        "said the president of the Royal Society. The UK will pay about £2.2 billion a year on "
        "average.",
        "politics",
    ),
    (
        "CERN cuts ties with Russian institutes as cooperation agreement expires",
        "Hundreds of scientists affiliated with Russian institutions will have to leave CERN, the "
        "European particle-physics laboratory near Geneva, after its cooperation agreement with "
        "Russia expired on Saturday and was not renewed. The decision was taken by CERN's "
        "council in 2022 in response to Russia's invasion of Ukraine, and also applies to "
        "Belarus. About 500 researchers, roughly 4.5% of the lab's users, will lose access to "
        "experiments such as the Large Hadron Collider's CMS and ALICE detectors. Some physicists "
        "argued that science should stay above politics and that the move would hurt "
        "collaboration. Others said it was the right response to the war. Scientists working "
        "with Russian institutes in Dubna, which has its own agreement with CERN, are not "
        "affected. Physicists say some detector components made in Russia will need to be "
        "replaced.",
        "politics",
    ),
    (
        "Bolsonaro fires head of Brazil's space agency over deforestation data",
        "The director of Brazil's National Institute for Space Research (INPE) was fired on "
        "Friday after clashing with President Jair Bolsonaro over satellite data showing a "
        "sharp rise in deforestation in the Amazon. Ricardo Galvão, a physicist, had defended "
        "the institute's figures after Bolsonaro said they were lies that harmed Brazil's "
        "image. INPE's monitoring system showed that deforestation in July was almost four "
        "times higher than a year earlier. Scientists around the world rallied to support "
        "Galvão, and the journal Nature later named him one of its ten people of the year. “I "
        "will not be intimidated,” he told reporters. The government said it would hire a "
        "private company to monitor the forest. Environmental groups said the sacking was an "
        "attack on the independence of science. The institute's satellite data have been "
        "used since the 1980s.",
        "politics",
    ),
    (
        "Argentina's scientists say budget cuts are gutting research agency",
        "Researchers at Argentina's national research council, CONICET, say President Javier "
        "Milei's spending cuts have driven the agency to the brink, with salaries down by about "
        "a third in real terms and new fellowships frozen. The government has halved the science "
        "budget this year after adjusting for inflation, according to an analysis by a group of "
        "economists at the University of Buenos Aires. Milei, who campaigned with a chainsaw as "
        "a symbol of his plans for the state, has said CONICET produces research nobody uses. "
        "Scientists say the agency's work on crops, vaccines and the Antarctic benefits the "
        "economy. More than 68 Nobel laureates signed a letter urging the government to change "
        "course. “This is a battle for the future of Argentine science,” said a molecular "
        "biologist in Córdoba. Young researchers are looking for posts in Spain and Brazil.",
        "politics",
    ),
    (
        "Price war in DNA sequencing as newcomers challenge Illumina",
        "The cost of reading a human genome is set to fall below $100, as new companies take on "
        "Illumina, the firm that has dominated DNA sequencing for more than a decade. Ultima "
        "Genomics, a Californian start-up, said its machine could sequence a genome for that "
        "price by using a spinning silicon wafer instead of glass flow cells. Element "
        "Biosciences and China's MGI are also cutting prices. Illumina responded this week by "
        "launching its own high-throughput instrument, which it says will bring costs down to "
        "about $200. Analysts describe a price war that could help hospitals and population "
        "studies that need to sequence hundreds of thousands of people. “Competition is finally "
        "here,” said a geneticist at the Broad Institute. Illumina's shares fell 9% on the day. "
        "Some scientists warn that cheaper sequencing will generate more data than labs can "
        "store.",
        "economy",
    ),
    (
        "AI arms race leaves university labs without the chips to compete",
        "University researchers are being priced out of artificial-intelligence research as "
        "technology companies spend billions of dollars on the specialised chips needed to "
        "train large models, according to a report by Stanford University's AI Index. Industry "
        "produced 51 notable machine-learning models last year, compared with 15 from academia, "
        "the report found. A single graphics processor of the kind used to train the largest "
        "systems sells for about $30,000, and the biggest models use tens of thousands of them. "
        "“Academics are bringing a knife to a gunfight,” said one computer scientist. Some "
        "governments are building public computing centres to help, and the US National Science "
        "Foundation has launched a pilot to share resources. Researchers say industry dominance "
        "means fewer studies on the safety and fairness of AI systems. The report also found a "
        "sharp rise in AI regulations worldwide.",
        "economy",
    ),
    (
        "US chip export rules hit Chinese research labs",
        "New US export controls on advanced semiconductors and chipmaking equipment will make it "
        "harder for Chinese universities and research institutes to build supercomputers and "
        "train artificial-intelligence models, scientists say. The rules, announced by the "
        "Commerce Department on Friday, bar US firms from selling the most advanced chips to "
        "China without a licence and restrict American citizens from working at Chinese chip "
        "factories. Analysts describe the measures as a major escalation of the technology war "
        "between the two countries. Chinese researchers say they are stockpiling processors and "
        "turning to domestic alternatives, which lag behind in performance. Beijing said the "
        "rules were an abuse of export controls. “It will slow us down, but it will not stop us,” "
        "said a computer scientist at Tsinghua University. Shares in chip firms fell in Asian "
        "markets on Monday.",
        "economy",
    ),
    (
        "Thousands join March for Science in cities around the world",
        "Tens of thousands of scientists and supporters marched in Washington DC and more than "
        "600 other cities on Saturday to defend the role of evidence in policy, in what "
        "organisers called an unprecedented show of support for research. In Washington, crowds "
        "stood in the rain on the National Mall to hear speakers including the science "
        "educator Bill Nye. Marchers carried placards with slogans such as “There is no planet "
        "B” and “Science not silence”. Smaller marches took place in London, Berlin, Sydney and "
        "Nairobi. The event was triggered by the Trump administration's proposed cuts to "
        "research agencies and its stance on climate change. Some scientists had worried that "
        "marching would make science look partisan. Police reported no arrests in the capital. "
        "Organisers said they would now focus on getting scientists to run for office.",
        "protest",
    ),
    (
        "Scientists glue themselves to windows of Spanish parliament over climate",
        "About 50 climate scientists threw red-dyed water at the facade of Spain's parliament in "
        "Madrid on Wednesday, and several glued their hands to its windows, in a protest "
        "organised by the group Scientist Rebellion. Protesters in lab coats unfurled a banner "
        "that read “Revolt or get used to disaster”. Police detained 15 people, who were released "
        "later in the day, and the red water was cleaned from the steps. Similar protests took "
        "place in more than 25 countries this week, following the release of the latest report "
        "by the Intergovernmental Panel on Climate Change. In Germany, researchers chained "
        "themselves to a bridge in Berlin. “We have written the reports, and nothing has "
        "changed,” said an ecologist who took part. Some colleagues worry that civil "
        "disobedience could undermine trust in climate science. The protest passed off "
        "peacefully, police said.",
        "protest",
    ),
    (
        "Stand Up for Science rallies draw crowds across the United States",
        "Thousands of researchers, students and supporters rallied in Washington DC and about 30 "
        "other US cities on Friday against cuts to federal science agencies and the firing of "
        "government scientists. The Stand Up for Science protests were organised by a group of "
        "young researchers who said they wanted to defend public funding and the independence of "
        "research. Speakers in Washington included former directors of the National Institutes "
        "of Health. Demonstrators carried signs reading “Science is for everyone” and chanted "
        "outside the Lincoln Memorial. Rallies were also held in Paris and other European "
        "cities in solidarity. Organisers said they hoped to turn the movement into a sustained "
        "campaign. The White House said it was restoring “gold standard science”. The events "
        "were peaceful, and no arrests were reported.",
        "protest",
    ),
    (
        "Middle East synchrotron opens, bringing together rival governments",
        "SESAME, the first major international research centre in the Middle East, was "
        "inaugurated in Jordan on Tuesday, bringing together members including Israel, Iran, "
        "the Palestinian Authority, Turkey, Cyprus and Pakistan. The synchrotron light source, "
        "built near Amman with help from CERN, produces intense X-rays that scientists use to "
        "study materials, proteins and archaeological artefacts. Its first experiments are "
        "expected this year. Members fund the facility and send researchers, regardless of "
        "political differences. “Science can build bridges where politics cannot,” said the "
        "director of the centre. The project took more than 20 years to complete, and was "
        "delayed by funding shortfalls and the assassination of two Iranian physicists linked to "
        "it in 2010. Jordan's King Abdullah attended the ceremony. Scientists hope the centre "
        "will slow the region's brain drain.",
        "peace",
    ),
    (
        "After peace deal, Colombian biologists head into former guerrilla territory",
        "Colombian scientists have begun expeditions into forests and mountains that were closed "
        "to research for decades because the FARC guerrillas controlled them, after the group "
        "signed a peace agreement with the government. The Colombia Bio programme, run by the "
        "national science agency Colciencias, has already sent teams to 20 sites, and biologists "
        "have described dozens of species that may be new to science, including frogs, "
        "butterflies and orchids. Former guerrilla fighters are working as guides in some areas. "
        "“These are places no scientist has been able to visit in my lifetime,” said a "
        "herpetologist from the National University in Bogotá. Researchers warn that the same "
        "forests are now open to loggers and cattle ranchers, and deforestation has risen since "
        "the deal. The government plans a further 15 expeditions next year.",
        "peace",
    ),
    (
        "India's Chandrayaan-3 lands near the Moon's south pole",
        "India became the first country to land a spacecraft near the Moon's south pole on "
        "Wednesday, when the Chandrayaan-3 lander Vikram touched down gently after a 40-day "
        "journey. Scientists at the Indian Space Research Organisation's control centre in "
        "Bengaluru erupted in applause, and Prime Minister Narendra Modi, watching from South "
        "Africa, said India was now on the Moon. A Russian lander, Luna-25, crashed while trying "
        "to reach the same region days earlier. The polar region interests scientists because "
        "craters there may hold water ice that future missions could use. The lander will "
        "release a small rover, Pragyan, to analyse the soil for about two weeks. The mission "
        "cost about $75 million. India's previous attempt, in 2019, ended in a crash. “We have "
        "achieved a soft landing on the Moon,” the ISRO chairman said.",
        "other",
    ),
    (
        "NASA's Artemis I rocket finally lifts off on Moon mission",
        "NASA's Space Launch System rocket, the most powerful ever to fly, lifted off from Florida "
        "early on Wednesday, sending the uncrewed Orion capsule on a 25-day trip around the Moon. "
        "The launch followed months of delays caused by fuel leaks, engine problems and two "
        "hurricanes. Thousands of spectators watched from beaches near the Kennedy Space "
        "Center as the rocket lit up the night sky. The mission will test the capsule's heat "
        "shield and systems before astronauts fly on Artemis II. NASA plans eventually to land "
        "astronauts near the lunar south pole. Orion carries three mannequins fitted with "
        "sensors to measure radiation, as well as small satellites that will study the Moon. "
        "Critics say the programme is years late and billions of dollars over budget. “We are "
        "going,” the launch director said after lift-off.",
        "other",
    ),
    (
        "Fusion breakthrough: US lab gets more energy out than laser put in",
        "Scientists at the Lawrence Livermore National Laboratory in California have for the "
        "first time produced a fusion reaction that released more energy than the laser energy "
        "used to trigger it, the US Department of Energy announced on Tuesday. The National "
        "Ignition Facility fired 192 laser beams at a tiny capsule of hydrogen fuel, delivering "
        "2.05 megajoules and producing about 3.15 megajoules of fusion energy. Physicists have "
        "chased this goal, known as ignition, for more than 60 years. The facility was built "
        "mainly to support the maintenance of the US nuclear stockpile without testing. Energy "
        "experts cautioned that the lasers consumed far more energy from the grid than the "
        "reaction produced, and that fusion power stations remain decades away. “This is a "
        "landmark achievement,” said the energy secretary. Researchers hope to repeat the result "
        "with higher yields.",
        "other",
    ),
]
