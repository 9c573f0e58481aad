"""dev223 positives, part A: current armed conflict or political violence that reaches
factories, mines, steelworks and industrial zones (see README.md, "Decisions")."""

POSITIVES = [
    (
        "Metinvest says civilians still shelter in Azovstal bunkers as Russian bombardment of steelworks goes on",
        "KYIV, April 19 (Reuters) - Metinvest, the steel group that owns the Azovstal works in "
        "Mariupol, said on Tuesday it believed hundreds of civilians, many of them the families of "
        "its own employees, were still sheltering in the plant's Soviet-era bunkers as Russian "
        "forces pounded the site. The last Ukrainian fighters in the port city, marines and members "
        "of the Azov regiment, have been holding out inside the sprawling works for weeks. Russian "
        "aircraft dropped heavy bombs on the plant overnight, the regional military administration "
        'said, and a commander said in a video that water and medicine were running out. "We have '
        'wounded people lying in the tunnels who cannot be treated," he said. Metinvest chief '
        "executive Yuriy Ryzhenkov told reporters the company had lost contact with most of its "
        "11,000 staff in Mariupol and would never operate the plant under Russian occupation. "
        "Moscow's defence ministry said it had offered the defenders a chance to surrender and "
        "accused them of using civilians as cover, a claim Kyiv rejected. The United Nations said "
        "it was still pressing both sides for a corridor that would let women, children and the "
        "elderly leave the plant. Azovstal, one of Europe's biggest steelworks, produced about "
        "4 million tonnes of crude steel last year.",
        "B E H",
        "siege",
    ),
    (
        "Missile strike on Kharkiv printing works kills seven during day shift",
        "A Russian missile struck one of Ukraine's largest printing works in Kharkiv on Thursday "
        "afternoon, killing seven employees and wounding at least 20, regional governor Oleh "
        "Syniehubov said. The plant, which prints a large share of the country's school textbooks "
        "and books for publishers in Kyiv and Lviv, was in the middle of its day shift when the "
        "missile hit the main production hall. Firefighters spent hours putting out the blaze, "
        "which destroyed stocks of paper and at least 50,000 finished books, according to the "
        'company. "They were just people at their machines," a manager said outside the gates, '
        "where relatives waited for news. Kharkiv, about 30 km from the Russian border, has been "
        "under near-daily attack from guided bombs and missiles this month. Publishers said the "
        "loss of the works would delay textbook deliveries for the new school year, and the "
        "owners said they intended to rebuild once it was safe to do so.",
        "E",
        "missile_strike",
    ),
    (
        "Drones hit Tatarstan plant where Russia assembles Iranian-designed attack drones",
        "Drones struck the Alabuga special economic zone in Russia's Tatarstan region on "
        "Tuesday morning, more than 1,000 km from the Ukrainian border, wounding several people "
        "and damaging a dormitory, regional authorities said. Alabuga hosts a plant that Western "
        "governments and independent researchers say assembles Shahed-type attack drones for "
        "the Russian military under a deal with Iran. A source in Ukraine's military intelligence "
        "told Reuters the attack was a Ukrainian operation aimed at the production lines. Video "
        "posted on local Telegram channels showed a light aircraft-style drone diving into a "
        "building before an explosion. Tatarstan's leader Rustam Minnikhanov said production at "
        "the zone's enterprises had not been disrupted, and that the people hurt were treated in "
        "hospital. Kazan and Nizhnekamsk airports briefly halted flights. The zone, which was "
        "set up to attract foreign car and chemical investors, has recruited young women from "
        "Africa and Central Asia to work in its factories, according to investigative reports.",
        "E",
        "drone_strike",
    ),
    (
        "Ukraine's only coking coal mine halts output as Russian troops close in on Pokrovsk",
        "Metinvest has stopped production at the Pokrovske mine, Ukraine's only producer of "
        "coking coal, as Russian forces advanced to within a few kilometres of the site, the "
        "company said on Tuesday. Shelling had repeatedly cut power to the mine and its "
        "ventilation systems in recent weeks, making it impossible to keep miners underground "
        "safely, a spokeswoman said. Most of the roughly 2,000 remaining workers and their "
        "families have already left the area for Dnipro and other cities, and the company said "
        "it was paying relocation allowances. Russian troops have been pushing towards Pokrovsk "
        "for months and now threaten the main road west of the town, according to Ukrainian "
        "military analysts. The shutdown leaves Ukraine's steel industry, which has already "
        "lost Mariupol's two big plants, dependent on imported coal from the United States "
        "and Poland. Analysts at GMK Center estimated that Ukrainian steel output could fall by "
        "half this year as a result. Metinvest said it had flooded no shafts and hoped to "
        "resume work if the front line moved back.",
        "B E D",
        "production_halted",
    ),
    (
        "Factories in Khartoum North looted and torched as army and RSF fight for capital",
        "Flour mills, pharmaceutical plants and food factories in Khartoum North's industrial "
        "area have been looted and set on fire as fighting between Sudan's army and the "
        "paramilitary Rapid Support Forces enters its fourth week, factory owners and residents "
        "said. Witnesses described fighters in RSF uniforms loading machinery, sacks of flour and "
        "generators onto pickup trucks before setting warehouses alight. At a biscuit factory in "
        "the Kafouri district two security guards were shot dead when they tried to stop "
        "gunmen from entering, the owner's son told Reuters by phone from Cairo. \"Forty years "
        "of work are gone in three days,\" said the head of a plastics manufacturer. Sudan's "
        "Chamber of Industries said more than 400 factories had been damaged or looted so far. "
        "Army warplanes have been bombing RSF positions across the city, and heavy gunfire was "
        "reported again near the Halfaya bridge on Sunday. The RSF denied its fighters were "
        "behind the looting and blamed criminals in stolen uniforms.",
        "B E V",
        "looting",
    ),
    (
        "Total suspends Mozambique LNG work after insurgents storm Palma",
        "TotalEnergies has declared force majeure on its $20 billion liquefied natural gas project "
        "in northern Mozambique and withdrawn all staff from the Afungi site after an attack by "
        "Islamic State-linked insurgents on the nearby town of Palma. Militants stormed the town "
        "on Wednesday from several directions, attacking banks, the army barracks and a hotel "
        "where contractors had taken refuge, according to security sources and survivors. "
        "Dozens of people were killed, among them at least one foreign worker whose convoy was "
        "ambushed as it tried to break out. Thousands of residents fled into the bush or towards "
        "the gas site, and boats ferried hundreds of evacuees to Pemba. Islamic State's "
        "central Africa province claimed the attack. Government troops said they had regained "
        "control of the town centre after days of fighting, but aid groups reported that more "
        "than 20,000 people had been displaced. The project, Africa's biggest private investment, "
        "was due to start production in 2024, and subcontractors said hundreds of their workers "
        "were still unaccounted for.",
        "T B V D",
        "insurgent_attack",
    ),
    (
        "Chinese contractors pause work at Pakistan dams after suicide attack on engineers",
        "Two Chinese firms building hydropower dams in northern Pakistan have suspended work "
        "after a suicide bomber rammed an explosives-laden car into a bus carrying Chinese "
        "engineers, killing five of them and their Pakistani driver, police said. The bus was "
        "travelling from Islamabad to the Dasu project site in Khyber Pakhtunkhwa when it was "
        "hit near Besham, and it plunged into a ravine and caught fire. Regional police chief "
        "Mohammad Ali Gandapur said the attack was clearly aimed at the Chinese workers. No "
        "group immediately claimed it, though officials pointed to the Pakistani Taliban, who "
        "deny involvement. Beijing demanded that Islamabad hunt down the perpetrators and "
        "protect Chinese personnel and projects. China Gezhouba Group and Power Construction "
        "Corp of China have thousands of staff in Pakistan, and a company official said some "
        "would be moved to Islamabad until security was reviewed. It was the third attack on "
        "Chinese interests in the country in a week.",
        "T E V",
        "suicide_bombing",
    ),
    (
        "Rioters burn foreign factories in Vietnam industrial parks over China oil rig",
        "BINH DUONG, Vietnam, May 14 - Thousands of rioters set fire to at least 15 foreign-owned "
        "factories and looted dozens more in industrial parks in southern Vietnam overnight, as "
        "protests against China's placement of an oil rig in disputed waters turned violent. "
        "Mobs smashed gates and hunted for Chinese managers, many of whom hid in offices or fled "
        "by boat to Cambodia, according to company officials and diplomats. Factories owned by "
        "Taiwanese and South Korean investors were also attacked, apparently by rioters who "
        "mistook them for Chinese firms. Police said they had arrested more than 400 people in "
        "Binh Duong province. In Ha Tinh province, at a steel complex being built by Taiwan's "
        "Formosa Plastics, one Chinese worker was killed and scores were injured when rioters "
        "attacked workers' dormitories. Many plants told their staff to stay at home on Thursday "
        "and some hung Vietnamese flags at the gates. Prime Minister Nguyen Tan Dung ordered "
        "police to stop what he called illegal acts that harmed the country's investment climate.",
        "U V",
        "riot",
    ),
    (
        "Martial law declared in Yangon factory district after Chinese-funded plants set ablaze",
        "Myanmar's junta declared martial law in Yangon's Hlaing Tharyar industrial township on "
        "Sunday after security forces opened fire on protesters and several Chinese-financed "
        "garment and fertiliser factories were set on fire. A rights group said at least 38 "
        "people were killed in the township during the day, most of them shot as soldiers and "
        "police cleared barricades of sandbags and tyres. It was not clear who started the fires. "
        "The Chinese embassy said many staff had been injured or trapped and urged the "
        "authorities to protect Chinese companies. By Monday long lines of migrant factory "
        "workers, carrying bags and bedding, were leaving the township on foot and by truck for "
        "their home villages, witnesses said. Garment exporters said orders from European brands "
        "were already being cancelled. \"We can't run a factory where people are shot at the "
        'gates," one owner said. Protests against the February 1 coup have continued across '
        "the country despite a crackdown that has killed more than 120 people.",
        "U D",
        "crackdown",
    ),
    (
        "Bangladesh garment worker shot dead as wage protests close 150 factories",
        "DHAKA, Nov 8 - Police fired rubber bullets and tear gas at garment workers demanding "
        "higher pay in the industrial belt outside Dhaka on Wednesday, and one worker was killed "
        "and at least a dozen were hurt, police and union leaders said. The clashes in Gazipur "
        "came a day after the government's wage board set a new monthly minimum of 12,500 taka "
        "for the country's four million garment workers, less than half of what unions had "
        "asked for. Protesters threw bricks at police, blocked a highway and vandalised several "
        "factories, while owners shut about 150 plants in Ashulia and Gazipur, the Bangladesh "
        "Garment Manufacturers and Exporters Association said. The dead worker was a 23-year-old "
        "woman, her colleagues said. Bangladesh is the world's second-largest exporter of "
        "clothing after China and supplies brands such as H&M and Gap. Industry leaders accused "
        "outsiders of stoking the unrest, while unions said they would keep protesting until the "
        "pay award was revised.",
        "U",
        "labour_unrest",
    ),
    (
        "Volvo and Tesla halt lines as Houthi attacks force ships away from Red Sea",
        "Volvo Cars said it would pause production at its plant in Ghent, Belgium, for three days "
        "next week because of gearbox deliveries delayed by the diversion of ships around Africa, "
        "a day after Tesla announced a two-week stop at its factory near Berlin. Yemen's Houthi "
        "movement has attacked dozens of merchant ships in the Red Sea with missiles and drones "
        "since November, and on Friday an anti-ship missile struck a tanker off Aden, setting it "
        "on fire, the US military said. American and British warplanes hit Houthi radar sites, "
        "missile launchers and weapons stores in more than a dozen places in Yemen overnight, "
        "the second wave of strikes in a week. The Houthis have vowed to retaliate and say they "
        "are acting in solidarity with Palestinians in Gaza. Container lines including Maersk and "
        "Hapag-Lloyd are sending most vessels around the Cape of Good Hope, adding 10 to 14 days "
        "to voyages between Asia and Europe. Logistics analysts said other carmakers with "
        "just-in-time supply chains could follow Tesla and Volvo.",
        "E M",
        "ship_attack",
    ),
    (
        "Hezbollah rocket hits factory in northern Israel industrial park",
        "A rocket fired from Lebanon struck a metal-products factory in an industrial park near "
        "Kiryat Shmona on Tuesday, causing a large fire but no casualties, the Israeli military "
        "and rescue services said. Hezbollah said it had fired a barrage at what it called a "
        "military position in response to an Israeli strike that killed two of its fighters in "
        "south Lebanon the day before. Most of the plant's 120 workers have not been at their "
        "machines since October, when the government ordered the evacuation of some 60,000 "
        'residents of towns along the border. "We come in twice a week to keep the customers, '
        "and then the sirens start,\" said the factory's owner. The Manufacturers Association "
        "of Israel said around 70 factories in the northern border area were closed or working "
        "at reduced capacity because employees had been evacuated or called up as reservists. "
        "Israeli jets struck several Hezbollah sites in southern Lebanon later in the day, the "
        "military said.",
        "E D",
        "rocket_attack",
    ),
    (
        "Drone attack sparks fire at Novolipetsk steel plant in Russia's Lipetsk",
        "A Ukrainian drone attack caused a fire at the Novolipetsk steel plant in the Russian "
        "city of Lipetsk early on Saturday, regional governor Igor Artamonov said, in one of "
        "the deepest strikes yet on the country's heavy industry. He said no one had been "
        "injured and that the fire at a power-supply unit was put out quickly, but residents "
        "posted videos showing a column of black smoke above the site. A source in Ukraine's "
        "security service told reporters that the plant's power systems had been hit and that "
        "NLMK supplied steel used to make artillery shells and armoured vehicles. NLMK, "
        "controlled by billionaire Vladimir Lisin, is one of Russia's biggest steelmakers and "
        "produced about 16 million tonnes of steel last year. The company did not comment. "
        "Russia's defence ministry said its air defences had destroyed more than 30 Ukrainian "
        "drones over several regions overnight. Kyiv has stepped up attacks on Russian "
        "refineries and factories that it says feed the war effort.",
        "E",
        "drone_strike",
    ),
    (
        "M23 rebels seize Congo coltan hub as miners flee",
        "GOMA, May 2 - M23 rebels have captured Rubaya, a town in eastern Congo that produces "
        "about 15% of the world's supply of tantalum ore, after heavy fighting with government "
        "forces and allied militias, residents and local officials said. The rebels, whom UN "
        "experts say are backed by Rwandan troops, moved into the town on Tuesday evening after "
        "the army's positions on the surrounding hills fell. Thousands of artisanal miners and "
        "their families fled towards Goma and Sake, adding to the more than 1.5 million people "
        'already displaced in North Kivu province. "We left everything at the pits," said one '
        "digger who reached a camp on the edge of Goma. Coltan from Rubaya's mines is refined "
        "into tantalum used in capacitors for smartphones and laptops, and traders in Goma said "
        "prices had jumped. The M23 said it would restore order and allow mining to continue. "
        "Congo's government called the capture a violation of its sovereignty and urged buyers "
        "not to purchase minerals from the area.",
        "B D",
        "territory_seized",
    ),
    (
        "Tigray's biggest textile mill stripped as fighting continues around Adwa",
        "ADDIS ABABA, March 16 - The Almeda textile factory in Tigray, one of Ethiopia's largest "
        "garment exporters, has been stripped of machinery and partly burned, according to "
        "workers who fled the town of Adwa and a regional official now in Addis Ababa. Witnesses "
        "said soldiers arrived in trucks in late February, dismantled spinning and weaving "
        "machines and drove them away towards the Eritrean border. Fighting between Ethiopian and "
        "allied Eritrean forces and fighters loyal to the region's former leaders is still going "
        "on in the hills around Adwa and Axum, residents said. Many of the factory's 7,000 "
        "workers have fled to Mekelle or into the countryside, and those who stayed have not "
        "been paid since November. The federal government said it was investigating reports "
        "of looting and denied that its forces were involved. Foreign brands that bought from "
        "Almeda said they had suspended orders. The factory was part of a business group linked "
        "to the Tigray People's Liberation Front, which the government has declared a "
        "terrorist organisation.",
        "B D",
        "looting",
    ),
    (
        "Syrian army retakes Aleppo industrial city after months of fighting",
        "Syrian government forces backed by allied militias have recaptured the Sheikh Najjar "
        "industrial city on the north-eastern edge of Aleppo, state media said on Saturday, "
        "after an offensive of several months against rebel and Islamist fighters. The zone "
        "once housed hundreds of textile, pharmaceutical and plastics factories that made Aleppo "
        "Syria's manufacturing capital. Air force helicopters dropped barrel bombs on rebel "
        "positions in the area throughout the week, the Syrian Observatory for Human Rights said, "
        "and at least 50 fighters on both sides were killed in the final days of the battle. "
        "State television showed soldiers walking between factory sheds with collapsed roofs and "
        "burned-out lorries. Industrialists who fled to Turkey and Egypt said most of the "
        "machinery had long since been looted or sold across the border. The capture tightens "
        "the army's grip on supply routes into rebel-held eastern Aleppo. Officials said "
        "factory owners would be invited back once the area had been cleared of mines.",
        "B E M",
        "offensive",
    ),
]
