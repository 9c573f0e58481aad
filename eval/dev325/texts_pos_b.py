"""Positives of dev325, part B: oil and water infrastructure hit in wars, defenders killed by armed
groups, and environmental protests that turned violent or were put down by force."""

POSITIVES = [
    (
        "Crude fouls Catatumbo river after ELN bombs pipeline again",
        "Thousands of barrels of crude poured into the Catatumbo river in north-eastern Colombia "
        "after an explosive charge ruptured the Caño Limón-Coveñas pipeline on Saturday, state "
        "oil company Ecopetrol said. The company blamed the ELN guerrilla group, which has "
        "bombed the line dozens of times this year, and said repair crews could not safely reach "
        "the site near Tibú. The defence minister called the blast 'an act of terrorism against "
        "the environment and the people of Norte de Santander'. Water supplies to riverside "
        "villages were cut off, and the local government declared an emergency. Ecopetrol said "
        "it had placed containment barriers downstream to stop the oil reaching Venezuela. "
        "Environmental engineers say the repeated spills have killed fish and mangroves along "
        "the river and its tributaries over the past decade. The line carries crude from the "
        "Caño Limón field in Arauca to the Caribbean port of Coveñas. Fishermen in Tibú said "
        "dead bocachico fish were floating in the water on Sunday morning. The ELN did not claim "
        "the attack.",
        "E T",
        "bombing",
    ),
    (
        "Soldiers killed in ambush near deforestation hotspot in Guaviare",
        "Four Colombian soldiers were killed and three wounded on Wednesday when fighters of a "
        "FARC dissident faction ambushed a patrol in the municipality of Calamar in Guaviare, "
        "the army said. The troops were part of an operation against illegal deforestation, "
        "burning and cattle ranching on the edge of Chiribiquete National Park, the world's "
        "largest tropical rainforest park. The dissidents, led by a commander known as Iván "
        "Mordisco, have ordered farmers in the region when and where they may clear forest, "
        "according to government officials and researchers. President Gustavo Petro condemned "
        "the attack and said the army would pursue those responsible. Environment Minister "
        "Susana Muhamad said this year's drop in deforestation showed that the armed groups "
        "could turn clearing on and off. Satellite monitors recorded new fires in Guaviare this "
        "week. The wounded were flown to a military hospital in Bogotá.",
        "B",
        "ambush",
    ),
    (
        "Indigenous guard who protected Cauca forests shot dead by dissidents",
        "A leader of the Nasa indigenous guard who led patrols against illegal logging and coca "
        "planting in Colombia's Cauca department was shot dead on Sunday near his home in "
        "Toribío, his community said. The Regional Indigenous Council of Cauca (CRIC) blamed the "
        "Dagoberto Ramos column, a FARC dissident group that has threatened indigenous guards "
        "who detain its members. Two men on a motorbike fired at the victim as he returned from "
        "a community assembly, witnesses said. The United Nations human rights office in "
        "Colombia condemned the killing and said it had documented the deaths of dozens of "
        "social leaders in Cauca this year. The guard, armed only with ceremonial staffs, has "
        "led tree-planting on land cleared for coca. Hundreds of people marched through Toribío "
        "on Monday carrying his coffin. The dissident group did not comment. The army said it "
        "had reinforced troops in northern Cauca, where several municipalities are under curfew. "
        "His widow told reporters he had received a written death threat two weeks earlier.",
        "V",
        "assassination",
    ),
    (
        "Niger Delta Avengers claim blast on Chevron platform as troops pour in",
        "A militant group calling itself the Niger Delta Avengers said it blew up a Chevron "
        "offshore platform in Delta state overnight, the latest in a string of attacks that has "
        "cut Nigeria's oil output to its lowest in decades. Residents of nearby fishing "
        "communities said they heard loud explosions and saw a slick spreading across the creeks "
        "by morning. The military said it had deployed additional gunboats and troops to the "
        "area under Operation Crocodile Smile and raided militant camps in the mangroves. The "
        "Avengers demand a greater share of oil wealth for the region and the clean-up of "
        "decades of spills. 'The creeks were already dying,' said a fisherman in Gbaramatu "
        "kingdom. 'Now they bomb the pipes and the soldiers burn our villages looking for them.' "
        "Chevron said it was assessing the damage. The group has vowed to bring oil production "
        "to zero. It has also hit pipelines operated by Shell and the Nigerian National "
        "Petroleum Corporation in recent weeks.",
        "E M",
        "bombing",
    ),
    (
        "Storage tanks burn at Es Sider after Islamic State assault on oil ports",
        "At least seven oil storage tanks were burning at Libya's Es Sider terminal on Friday "
        "after Islamic State fighters attacked the port and nearby Ras Lanuf, officials of the "
        "National Oil Corporation said. Guards killed in the fighting included at least ten "
        "members of the Petroleum Facilities Guard, according to a spokesman. The militants, who "
        "control Sirte to the west, fired rockets at the tanks and sent a suicide car bomb "
        "toward a checkpoint at the entrance to Es Sider. Firefighters struggled to contain the "
        "blazes, and black smoke could be seen from many kilometres away. The NOC said about "
        "850,000 barrels of crude had been destroyed and warned of a 'catastrophe' for the "
        "coastline. The two ports were already closed because of fighting between rival "
        "governments. Forces loyal to the Tripoli-based government said they had pushed the "
        "militants back by nightfall. An oil industry engineer said the fire at one tank could "
        "spread to others if it was not contained within days. Satellite images later showed a "
        "slick near the terminal's jetty.",
        "T B E",
        "attack",
    ),
    (
        "Islamic State sets Qayyarah oil wells alight as Iraqi troops close in",
        "Thick black smoke hung over Qayyarah, south of Mosul, on Thursday as oil wells set on "
        "fire by retreating Islamic State militants burned for a sixth week, residents and Iraqi "
        "officials said. Iraqi forces retook the town in August, but the militants lit at least "
        "19 wells to hide their movements from coalition aircraft, and firefighters have only "
        "put out a handful. On Saturday the fighters also set fire to the Mishraq sulphur plant, "
        "releasing a toxic cloud that sent about 1,000 people to hospitals with breathing "
        "problems, the World Health Organization said. Two people died, according to local "
        "health officials. Soldiers near the plant wore gas masks as the offensive on Mosul "
        "pressed on. Children in Qayyarah have faces blackened with soot, aid workers said, and "
        "the town's livestock are dying. Iraqi oil ministry teams and civil defence crews said "
        "they were short of equipment to cap the wells. The UN environment agency warned that "
        "the smoke contained dangerous pollutants.",
        "B M H",
        "offensive",
    ),
    (
        "Drone strikes set Saudi oil plants ablaze at Abqaiq and Khurais",
        "Drones struck two major Saudi Aramco oil facilities at Abqaiq and Khurais before dawn "
        "on Saturday, setting off huge fires and cutting the kingdom's crude output by about "
        "half, officials said. Yemen's Houthi movement claimed the attack, saying it had sent "
        "ten drones, but US officials said the strikes came from the north and blamed Iran, "
        "which denied any role. Video posted online showed flames and a towering plume of smoke "
        "over Abqaiq, the world's largest crude processing plant. The interior ministry said the "
        "fires were under control by the afternoon and that there were no casualties. "
        "Environmental scientists said the smoke was less toxic than the burning wells of Kuwait "
        "in 1991, but warned that residents of the eastern province should stay indoors. Oil "
        "prices jumped by nearly a fifth when markets opened on Monday. Secretary of State Mike "
        "Pompeo said there was no evidence the attack came from Yemen. The Houthis warned that "
        "more strikes would follow.",
        "E",
        "drone strike",
    ),
    (
        "Ukraine says Russia blew up Kakhovka dam; towns flood and thousands flee",
        "Water poured through the breached Kakhovka dam on the Dnipro river on Tuesday, flooding "
        "villages downstream and forcing thousands of people from their homes, Ukrainian "
        "officials said. Kyiv accused Russian forces, who held the dam, of blowing it up; Moscow "
        "blamed Ukrainian shelling. Around 16,000 people live in the area at critical risk on "
        "the Ukrainian-held right bank, the regional governor said, and buses and trains were "
        "sent to evacuate them. Emergency workers said Russian shelling hit Kherson while "
        "evacuations were under way. Ukraine's environment minister called it the worst "
        "ecological disaster in Europe in decades, warning of oil leaking from the dam's "
        "machinery and of the loss of the reservoir that fed farmland in the south and cooled "
        "the Zaporizhzhia nuclear plant. The UN said it was sending drinking water and hygiene "
        "kits. Residents of Nova Kakhovka, on the Russian-held bank, were also told to leave. "
        "Ecologists said hundreds of tonnes of engine oil had entered the river.",
        "E D H",
        "dam destruction",
    ),
    (
        "Drone punches hole in Chernobyl's protective shelter, IAEA says",
        "A drone with a high-explosive warhead struck the steel arch that covers the destroyed "
        "reactor at Chernobyl overnight, causing a fire and damaging the outer cladding, the "
        "International Atomic Energy Agency said on Friday. Radiation levels inside and outside "
        "the site remained normal and stable, the agency said. President Volodymyr Zelensky said "
        "the drone was a Russian Shahed and published video of a burning hole in the structure; "
        "the Kremlin denied any attack. Firefighters worked for hours to put out smouldering "
        "insulation between the arch's layers. The New Safe Confinement was completed in 2016 "
        "with about 1.5 billion euros from more than 40 countries, and was designed to last a "
        "century. Ecologists note that the exclusion zone around the plant has become one of "
        "Europe's largest wildlife refuges, now also crossed by military defence lines. IAEA "
        "chief Rafael Grossi said the attack was unacceptable and called for maximum restraint "
        "around nuclear sites.",
        "E",
        "drone strike",
    ),
    (
        "Fuel slick spreads in Tuapse port after Ukrainian drone strike on refinery",
        "A fire at the Tuapse refinery on Russia's Black Sea coast burned for most of Monday "
        "after an overnight Ukrainian drone attack, and oil products leaked into the port, "
        "regional authorities said. The Krasnodar region's emergency headquarters said drone "
        "debris hit a berth and a tanker loading station, and that a slick had formed along part "
        "of the harbour. Ukraine's general staff said it had struck the refinery as part of a "
        "campaign against facilities that fuel Russia's army. Local residents posted videos of "
        "black smoke over the town and of oily foam on the pebble beach. Rosprirodnadzor, the "
        "environmental watchdog, said it was taking water samples. The refinery, owned by "
        "Rosneft, has been hit several times since the start of the year and halted processing "
        "after an earlier attack. The Russian defence ministry said air defences had shot down "
        "dozens of drones over the region overnight. Tuapse's mayor said residents should keep "
        "windows closed and avoid the beach. No casualties were reported.",
        "E",
        "drone strike",
    ),
    (
        "Shelling sets Sviati Hory pine forest on fire during battle for Lyman",
        "Fires set off by artillery have burned large parts of the pine forests of Sviati Hory "
        "National Park in Ukraine's Donetsk region, where Ukrainian and Russian forces are "
        "fighting for the approaches to Lyman, officials said on Thursday. The park's director "
        "said firefighters could not enter because the woods were mined and still under fire. "
        "Russian shells hit the grounds of the Sviatohirsk monastery on the river bank, where "
        "hundreds of civilians and monks had been sheltering, wounding several, the regional "
        "governor said. Ukraine's environment ministry has recorded hundreds of fires in forests "
        "and reserves since the invasion began. Wildlife biologists said the chalk pine, a relic "
        "species found in only a handful of places, was among the trees destroyed. Russia's "
        "defence ministry said its forces had taken control of villages north of the Siverskyi "
        "Donets river. Firefighters outside the combat zone said the season's dry weather made "
        "the fires spread quickly. Ecologists said it would take decades for the pine forests to "
        "recover, and that shells and mines would have to be cleared before any replanting.",
        "B E",
        "shelling",
    ),
    (
        "Sudan's al-Jaili refinery ablaze as army and RSF fight for control",
        "Sudan's largest oil refinery at al-Jaili, north of Khartoum, was on fire on Thursday as "
        "the army advanced on the complex held by the paramilitary Rapid Support Forces, both "
        "sides said, trading blame for the blaze. Satellite images showed plumes of smoke rising "
        "from several storage tanks. The army said it had entered the refinery area after heavy "
        "fighting; the RSF said army aircraft had bombed the plant. Residents of villages nearby "
        "said soot was falling on their fields and animals. The refinery, built with Chinese "
        "help, had processed most of Sudan's fuel before the war, and has been hit repeatedly "
        "since 2023. Environmental experts warned that burning crude and products could "
        "contaminate the Nile, which runs a few kilometres to the west. The fighting for the "
        "refinery has lasted for months. The army later said it had broken a siege of its "
        "headquarters in Khartoum. Engineers said they could not yet say how much of the plant "
        "could be repaired.",
        "B E",
        "battle",
    ),
    (
        "Turkish drones hit oil wells and power station in north-east Syria",
        "Turkish drone and air strikes hit oil fields, a gas plant and a power station in "
        "Kurdish-run north-east Syria on Saturday, cutting electricity to hundreds of thousands "
        "of people, the Kurdish-led administration said. Ankara said it had struck targets of "
        "the PKK and its Syrian allies after an attack on Turkish soldiers in northern Iraq. "
        "Crude oil leaked from damaged pipes near Rmeilan and flowed into a seasonal stream that "
        "feeds farmland, local engineers said. The Syrian Democratic Forces said three workers "
        "were killed at the Swediya gas plant. Water stations that depend on the power grid "
        "stopped pumping in Qamishli and Hasakah, the UN humanitarian office said. Residents of "
        "the area already breathe smoke from hundreds of makeshift refineries that process crude "
        "in open pits. Turkey's defence ministry said its aircraft had hit 30 targets.",
        "E H M",
        "airstrike",
    ),
    (
        "Gaza's wetland turns to sewage lake as war wrecks treatment plants",
        "Wadi Gaza, a wetland restored with international funds before the war, has become a "
        "channel of raw sewage as bombardment and fuel shortages shut down the strip's "
        "wastewater plants, the UN Environment Programme said in an assessment published on "
        "Tuesday. Around 130,000 cubic metres of untreated sewage flow into the sea and the wadi "
        "every day, UNEP said. Displaced families living in tents along the banks told aid "
        "workers their children were falling ill with diarrhoea and skin infections. Israeli "
        "strikes continued across central Gaza on Monday, Palestinian health officials said, and "
        "aid agencies said they could not bring in spare parts for pumps. More than 1.7 million "
        "people, most of the population, are displaced. UNEP said debris from destroyed "
        "buildings, some of it laced with asbestos, would take years to clear. The Israeli "
        "military says it targets Hamas and accuses the group of using civilian infrastructure.",
        "E H D",
        "airstrike",
    ),
    (
        "Burning Sounion tanker stranded in Red Sea after Houthi attack",
        "The Greek-flagged tanker Sounion, carrying about one million barrels of crude, was "
        "burning in the Red Sea on Friday after Yemen's Houthi rebels attacked it with small "
        "arms, projectiles and a drone boat, the EU naval mission Aspides said. The crew of 25 "
        "were taken off by a French warship and landed in Djibouti. Houthi media later broadcast "
        "video of fighters boarding the ship and setting off explosives on its deck. Fires were "
        "seen on the main deck in several places, but there was no sign of a spill so far, the "
        "mission said. The US State Department warned that a spill would be four times the size "
        "of the Exxon Valdez disaster. The Houthis say they attack ships linked to Israel in "
        "solidarity with Palestinians in Gaza. A Houthi spokesman said the rebels had agreed to "
        "allow tugboats to reach the ship. Salvage experts said towing the tanker would be "
        "dangerous with the fires still burning. The area is home to coral reefs and fisheries "
        "that feed millions of people in Yemen, Eritrea and Saudi Arabia.",
        "E",
        "attack",
    ),
    (
        "Gendarmes and protesters injured in Sainte-Soline mega-basin clashes",
        "Dozens of protesters and gendarmes were injured in clashes at a building site for a "
        "farm water reservoir at Sainte-Soline in western France on Saturday, and two protesters "
        "were in a critical condition, officials said. Thousands of people marched across fields "
        "toward the site, which has become a symbol of opposition to large 'mega-basins' that "
        "pump groundwater for irrigation. Some hurled fireworks, stones and petrol bombs at the "
        "police lines, and four gendarmerie vehicles were set on fire. Gendarmes fired thousands "
        "of tear gas grenades and stun grenades, according to the organisers, who accused them "
        "of blocking medics from reaching the wounded. Interior Minister Gérald Darmanin said 47 "
        "gendarmes had been hurt and blamed 'ultra-left' groups. The organisers said 200 "
        "protesters were injured. A gendarmerie vehicle was seen burning in a field as the crowd "
        "retreated. Farmers who back the reservoirs say they are needed to keep crops alive "
        "through ever drier summers.",
        "U",
        "clashes",
    ),
    (
        "Police fire water cannon and rubber bullets at Standing Rock protesters",
        "Police fired rubber bullets, tear gas and water cannon at hundreds of protesters trying "
        "to cross a bridge near the Dakota Access pipeline route in North Dakota on Sunday "
        "night, in temperatures below freezing, organisers and the sheriff's office said. Medics "
        "said about 160 people were injured, some with hypothermia, and a woman was taken to "
        "hospital with a severe arm injury. The Morton County sheriff said protesters had set "
        "fires and thrown rocks, and one officer was hit in the head. The Standing Rock Sioux "
        "tribe says the pipeline threatens its water supply and crosses sacred land. Thousands "
        "of people have camped near the Missouri river since the summer to block construction. "
        "Tribal chairman Dave Archambault called the use of force 'inhumane'. The pipeline "
        "company says it is safe. Police said several people were arrested. The governor ordered "
        "the camp cleared by December.",
        "U",
        "crackdown",
    ),
]
