"""dev151 positives (2 of 3): the energy desk's reports of strikes, sabotage and fighting at
refineries, pipelines, gas fields, power plants and depots (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Oil posts record jump after drone attacks knock out half of Saudi output",
        "Brent crude futures jumped as much as 19% on Monday, the biggest intraday rise since "
        "the contract began trading in 1988, after weekend drone and missile attacks on Saudi "
        "Aramco's Abqaiq processing plant and the Khurais oil field cut the kingdom's "
        "production by 5.7 million barrels per day. The strikes early on Saturday set off "
        "fires at Abqaiq, the world's largest crude stabilisation facility, which handles "
        "about 7% of global supply. Yemen's Houthi movement claimed responsibility, saying it "
        "had launched 10 drones, but US Secretary of State Mike Pompeo said there was no "
        "evidence the attack came from Yemen and blamed Iran, which denied involvement. No "
        "casualties were reported. Aramco said it expected to restore about a third of the "
        "lost output by the end of Monday but gave no timeline for a full recovery. Traders "
        "said the attack exposed the vulnerability of Gulf supply at a time when the market "
        'had been more focused on slowing demand. "This is the single largest supply '
        'disruption we have ever seen," said an analyst at a Singapore-based consultancy. '
        "President Donald Trump authorised a release of oil from the US Strategic Petroleum "
        "Reserve if needed, and the International Energy Agency said markets remained well "
        "supplied for now. Brent was last up 11% at $67.50 a barrel.",
        "E",
        "drone strike",
    ),
    (
        "Ukraine's drone campaign idles a sixth of Russian refining as Volgograd burns again",
        "Ukrainian drones set off a fire at Lukoil's Volgograd refinery early on Sunday, the "
        "latest in a wave of strikes that has taken roughly 17% of Russia's primary "
        "oil-processing capacity offline, according to Bloomberg calculations based on "
        "industry data. The regional governor said debris from a downed drone had caused the "
        "fire, which was put out within hours, and that no one was hurt. Ukraine's General "
        "Staff said its forces had hit the plant's main crude distillation unit as part of a "
        "campaign against facilities that supply fuel to the Russian army. Kyiv has struck at "
        "least ten refineries this month, from Ryazan near Moscow to Afipsky in the south, "
        "using long-range drones built in Ukraine. Wholesale gasoline prices on the St "
        "Petersburg exchange climbed to a record as the outages coincided with peak summer "
        "demand and the harvest. The government in Moscow extended a ban on gasoline exports "
        "by producers and was considering imports from Belarus, people familiar with the "
        "matter said. Analysts at one investment bank said the lost runs could push more "
        "Russian crude onto export markets in the coming weeks, adding to seaborne supply.",
        "E M",
        "refinery strikes",
    ),
    (
        "CPC flows cut by up to 30% after drones hit Kropotkinskaya pumping station",
        "Oil flows through the Caspian Pipeline Consortium system, which carries most of "
        "Kazakhstan's crude exports to the Black Sea, could fall by as much as 30% for up to "
        "two months after a drone attack damaged a key pumping station in southern Russia, "
        "Russian officials said on Tuesday. Seven drones packed with explosives struck the "
        "Kropotkinskaya station in the Krasnodar region on Monday, the consortium said, "
        "putting it out of operation. A Russian deputy prime minister called it a deliberate "
        "attack by Ukraine, which did not comment. The station, one of several along the "
        "1,500km line, pushes crude from Tengiz and Kashagan toward the terminal near "
        "Novorossiysk. Platts assessed CPC Blend differentials at their strongest in four "
        "months as traders priced in fewer cargoes for March. Chevron and ExxonMobil, the "
        "biggest foreign shareholders, said they were in contact with the operator and that "
        "output at Tengiz was not immediately affected. Kazakhstan's energy ministry said it "
        "was studying alternative routes, including rail and the Baku-Tbilisi-Ceyhan pipeline, "
        "though their capacity is limited. The attack came as Washington and Moscow prepared "
        "for talks in Riyadh about ending the war.",
        "E",
        "pipeline drone strike",
    ),
    (
        "DTEK says Russian strikes destroyed half its power generation in one night",
        "Ukraine's largest private energy company has lost half of its thermal generating "
        "capacity after what it called the most severe Russian attack on the country's power "
        "system since the start of the full-scale invasion. Missiles and drones hit three of "
        "DTEK's plants overnight on Friday, damaging turbines and transformers that will take "
        "months to repair or replace, chief executive Maxim Timchenko told the Financial "
        "Times. Two employees were injured, the company said. Across Ukraine, Russia launched "
        "about 90 missiles and 60 Shahed drones at energy targets, according to the air force, "
        "which said it intercepted most of the drones but fewer than half of the missiles. The "
        "Dnipro hydroelectric station, whose dam carries a road across the river at "
        "Zaporizhzhia, was hit eight times and caught fire. More than 1mn households were left "
        "without power in Kharkiv, the country's second city, where authorities introduced "
        "rolling blackouts. Ukrenergo, the grid operator, asked for emergency imports from "
        "Poland, Romania and Slovakia. Timchenko said DTEK's insurers did not cover war damage "
        "and that the company was in talks with European partners to source second-hand "
        'equipment. "We will rebuild, but we need air defence first," he said. A missile '
        "also struck a high-voltage substation in Khmelnytskyi region, cutting power to a line "
        "that supplies a nuclear plant, which switched to backup supply for several hours, the "
        "grid operator said. Electricity imports from the EU hit a record on Saturday, "
        "according to data from the European network of transmission system operators. "
        "Ukraine's energy minister said the government would ask parliament to speed up the "
        "approval of new gas-fired units that are smaller and easier to protect than the big "
        "Soviet-era plants.",
        "E",
        "power grid strikes",
    ),
    (
        "Kakhovka dam breach floods farms, cuts irrigation to southern Ukraine's grain belt",
        "The destruction of the Kakhovka dam on the Dnipro river will leave about 500,000 "
        "hectares of farmland in southern Ukraine without irrigation and could turn much of it "
        "into desert, the agriculture ministry said on Wednesday, as floodwaters spread across "
        "villages downstream. The dam, held by Russian forces since the first weeks of the "
        "invasion, was breached early on Tuesday. Kyiv said Russian troops had blown it up "
        "from inside; Moscow blamed Ukrainian shelling, and Reuters could not independently "
        "verify either account. Around 2,700 people had been evacuated from flooded areas on "
        "the Ukrainian-held right bank by Wednesday evening, the regional governor said, with "
        "boats ferrying residents from rooftops in Kherson while shelling continued nearby. "
        "Authorities on the Russian-controlled side reported evacuations from Nova Kakhovka "
        "and Oleshky. The reservoir fed canals serving farms in the Kherson, Zaporizhzhia and "
        "Dnipropetrovsk regions, which grew wheat, sunflowers and vegetables. Wheat futures in "
        "Chicago jumped 2.5% on Tuesday before giving up some gains. Analysts said the "
        "immediate hit to this year's crop would be modest but warned of lasting damage to "
        "output in the region.",
        "E D",
        "dam destruction",
    ),
    (
        "Bazan shuts Haifa refinery after Iranian missile strike kills three workers",
        "Israeli refiner Bazan Group said on Monday it had shut down all facilities at its "
        "Haifa complex after an Iranian missile strike overnight damaged the power station "
        "that supplies the site, killing three employees. The company said the workers had "
        "been in a protected area at the time of the hit and that damage to the refinery units "
        "themselves was still being assessed. The strike came during a fourth day of Iranian "
        "barrages launched in retaliation for Israeli air strikes on Iran's nuclear and "
        "military sites, which have also hit Iranian energy infrastructure, including part of "
        "the South Pars gas field. Bazan, Israel's largest refiner, can process about 197,000 "
        "barrels a day and supplies a large share of the country's diesel and jet fuel. Shares "
        "in Bazan fell 4% in Tel Aviv. Brent crude gained 1.5% to $75.30 a barrel as traders "
        "weighed the risk of disruption to shipments through the Strait of Hormuz.",
        "E",
        "missile strike",
    ),
    (
        "Drone strikes set Port Sudan fuel depots ablaze, disrupting imports",
        "Drones struck fuel storage tanks at Port Sudan for a third consecutive day on "
        "Tuesday, setting off fires at the main terminal that handles most of the country's "
        "imported gasoline and diesel, Sudanese officials and traders said. The army-aligned "
        "government blamed the paramilitary Rapid Support Forces (RSF), which has been at war "
        "with the military since April 2023 and has not commented on the strikes. The attacks "
        "also hit the city's airport, a naval base and a power substation, and one landed "
        "close to a hotel used by diplomats. Port Sudan had been spared the fighting until "
        "this month and had become the seat of the government and the hub for UN agencies and "
        "aid groups working in the country. The UN humanitarian office said the strikes had "
        "forced it to suspend flights bringing in aid workers and warned that fuel shortages "
        "would hit hospitals and water pumping stations. Importers said at least two product "
        "tankers waiting to discharge had left the anchorage. Gasoline prices on the black "
        "market in Port Sudan doubled overnight, according to residents. Egypt and Saudi "
        "Arabia condemned the attacks.",
        "E H",
        "drone strike",
    ),
    (
        "Two Indians among three killed in drone attack on Abu Dhabi fuel depot",
        "Two Indian nationals and a Pakistani were killed on Monday when three fuel tankers "
        "exploded near an ADNOC storage facility in Abu Dhabi's Mussafah industrial area in "
        "what the UAE called a terrorist attack, claimed by Yemen's Houthi rebels. Police said "
        "six others were injured. A small fire also broke out at a construction site near Abu "
        "Dhabi International Airport, and preliminary investigations pointed to small flying "
        "objects, possibly drones, as the cause of both blazes, the emirate's police said. The "
        "Houthis, who have been fighting a Saudi-led coalition that includes the UAE since "
        "2015, said they had fired ballistic missiles and drones at targets in the Emirates. "
        "The Indian embassy said it was in touch with ADNOC to repatriate the bodies and that "
        "the families had been informed. Abu Dhabi National Oil Company said it had activated "
        "emergency procedures and that fuel supplies to local and international customers were "
        "unaffected. Shares of Indian refiners were little changed, but airline stocks slipped "
        "on concerns over jet fuel costs as Brent crude rose to a seven-year high of $87 a "
        "barrel. The Ministry of External Affairs said it was closely monitoring the "
        "situation.",
        "E T",
        "drone attack",
    ),
    (
        "Drone attack halts Khor Mor gas field, cutting Kurdistan's power",
        "Production at the Khor Mor gas field in Iraq's Kurdistan region was halted on "
        "Wednesday after a drone struck a storage tank, causing a large fire and cutting gas "
        "supplies to power stations that serve most of the region, operator Dana Gas said. No "
        "one was injured, the UAE-based company said in a statement, adding that a team was "
        "assessing the damage. The Kurdistan Regional Government said the outage had taken "
        "about 80% of the region's generating capacity offline and described the attack as an "
        "act of terrorism. No group claimed responsibility. Khor Mor, which Dana Gas runs with "
        "Crescent Petroleum as part of the Pearl Petroleum consortium, has been hit by rockets "
        "and drones several times in recent years, and a series of drone strikes on oil fields "
        "in the region in July cut crude output by about two-thirds. Iraqi officials have "
        "blamed armed factions aligned with Iran, which have denied involvement. Dana Gas "
        "shares fell 3.4% on the Abu Dhabi exchange. The company said a planned expansion of "
        "the field, partly financed by a US government loan, would go ahead. Residents of "
        "Erbil and Sulaimaniyah said they had only a few hours of grid power a day by Thursday "
        "and were relying on private generators. The regional prime minister called on Baghdad "
        "to find and punish those responsible. The US embassy in Baghdad condemned the attack "
        "and said it threatened investment in Iraq's energy sector.",
        "E T",
        "drone attack",
    ),
    (
        "Clashes around Zawiya refinery force NOC to halt crude runs",
        "Libya's National Oil Corporation (NOC) declared force majeure at the 120,000 b/d "
        "Zawiya refinery on Sunday after fighting between rival armed groups in the coastal "
        "city west of Tripoli set fire to at least one storage tank inside the complex. The "
        "NOC said it had evacuated staff and stopped crude deliveries from the Sharara field, "
        "which feeds the plant by pipeline, and warned that heavy weapons were being used near "
        "installations holding flammable materials. Residents said the clashes, which began "
        "late on Saturday and involved machine guns and rocket-propelled grenades, went on "
        "into Sunday afternoon. The health ministry of the Tripoli-based government said two "
        "people had been killed and at least seven wounded. Zawiya supplies much of western "
        "Libya's gasoline and diesel, and queues formed at filling stations in Tripoli within "
        "hours. A ceasefire brokered by local elders was announced in the evening but could "
        "not be confirmed. Crude loadings at the Zawiya port terminal were also suspended, "
        "according to shipping sources, leaving two Aframax tankers waiting offshore.",
        "B E",
        "armed clashes",
    ),
    (
        "Poland says explosion on rail line used for Ukraine aid was Russian-ordered sabotage",
        "Poland's prime minister said on Tuesday that an explosion that destroyed a section of "
        "track on the railway between Warsaw and Lublin at the weekend was an act of sabotage "
        "carried out by two Ukrainian citizens working for Russian intelligence. The line is a "
        "key route for deliveries of aid and military supplies to Ukraine. A freight train "
        "passing over the damaged section on Sunday night did not derail and no one was hurt, "
        "but a second incident farther south damaged overhead power lines and forced a "
        "passenger train with 475 people on board to stop suddenly. Prosecutors opened an "
        "investigation into acts of sabotage of a terrorist nature on behalf of a foreign "
        "intelligence service. Both suspects had left Poland for Belarus, the prime minister "
        "told parliament. Rail infrastructure manager PKP PLK said traffic on the line had "
        "been restored with speed restrictions. Freight forwarders said delays on the corridor "
        "to the Dorohusk crossing were expected to last several days. Moscow dismissed the "
        "accusations. The government raised the terrorist threat level on the rail network and "
        "deployed soldiers to guard key infrastructure.",
        "E T",
        "sabotage",
    ),
    (
        "Ecopetrol pulls staff from Catatumbo as guerrilla fighting displaces thousands",
        "Colombia's state oil company Ecopetrol has withdrawn non-essential staff from fields "
        "in the Catatumbo region near the Venezuelan border after a week of fighting between "
        "ELN guerrillas and a dissident faction of the former FARC killed at least 80 people "
        "and forced more than 36,000 to flee their homes, officials said. The company said on "
        "Monday that pumping on the Caño Limón-Coveñas pipeline, which carries crude from "
        "Arauca to the Caribbean coast, had been suspended for a second time in a month after "
        "an explosive charge damaged the line near Tibú. The ELN, which has bombed the "
        "pipeline dozens of times over the years, did not claim the latest attack. Thousands "
        "of displaced families have crowded into sports halls and schools in Cúcuta and Ocaña, "
        "where the ombudsman's office said shelters were overflowing. President Gustavo Petro "
        "suspended peace talks with the ELN and declared a state of internal commotion, "
        "allowing him to issue emergency decrees on taxes and security. The army said it was "
        "sending 5,000 more troops into the region to retake control. The peso was little "
        "changed, but Ecopetrol bonds dipped. Analysts at a Bogotá brokerage said the pipeline "
        "outage would trim output by around 8,000 barrels a day.",
        "B E D M",
        "guerrilla fighting",
    ),
]
