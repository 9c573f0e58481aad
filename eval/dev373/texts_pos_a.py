"""dev373 positives, part A: strikes on refineries, terminals, tankers and grids (2014-2026)."""

POSITIVES = [
    (
        "Ryazan refinery halts crude unit after overnight Ukrainian drone strike, sources say",
        "Rosneft's Ryazan refinery, one of the largest in central Russia, halted its main crude distillation unit after a drone attack overnight set fire to the plant, two industry sources told Reuters on Tuesday. The governor of the Ryazan region said falling debris had started a blaze at an industrial site and that one worker was injured, without naming the refinery. Ukraine's military intelligence directorate said its long-range drones had struck the facility as part of a campaign against fuel supplies for Russian forces. A source in Ukraine's security services put the number of drones launched at the region at more than 20. The CDU-4 unit, which processes about 8 million tonnes of crude a year, accounts for roughly half of the plant's capacity, according to LSEG data. Repairs could take up to a month, one of the sources said. Russia's defence ministry said air defences had downed 34 drones over several regions overnight. Benchmark Brent futures rose 1.1% in early London trade as traders priced in lower Russian product exports. Ryazan supplies gasoline and diesel to Moscow and the surrounding regions, and wholesale gasoline prices on the St Petersburg exchange hit a record in the afternoon session. The government is considering extending a ban on gasoline exports to keep the domestic market supplied, two sources familiar with the matter said. Analysts at a Moscow brokerage estimated that about 17% of Russia's primary refining capacity had been idled by drone attacks at some point this year.",
        "E M",
        "drone strike",
    ),
    (
        "Novorossiysk loadings suspended as drones and sea drones hit Black Sea oil port",
        "Loadings at the Sheskharis oil terminal in Novorossiysk were suspended on Friday after an overnight attack by aerial and naval drones damaged a berth and set a storage tank alight, port and trading sources said. Russia's Black Sea Fleet said it had repelled an attack by unmanned surface vessels in the bay, while local officials reported windows blown out in apartment blocks near the harbour. Ukraine's navy did not comment directly, but a spokesman said Russian ports serving the war were legitimate targets. Three tankers waiting to load Urals and CPC-blend cargoes moved out to the roads, shipping data showed. The terminal handles about 2% of global oil supply, including Kazakh barrels that travel through the Caspian Pipeline Consortium. Traders said differentials for CPC Blend widened by about 40 cents a barrel within hours. It was the second strike on the port in a month. \"Everyone is asking how long the berth will be out,\" a Geneva-based trader said.",
        "E M",
        "drone strike",
    ),
    (
        "Drone and missile attacks knock out half of Saudi oil output at Abqaiq and Khurais",
        "Drone and missile attacks set fire to Saudi Aramco's Abqaiq processing plant and the Khurais oil field on Saturday, knocking out 5.7 million barrels per day of crude production, about half the kingdom's output, the energy ministry said. Yemen's Houthi movement claimed responsibility, saying it had sent ten drones, but US officials said the strikes came from the north and pointed at Iran, which denied involvement. Footage shared online showed columns of fire lighting up the night sky over Abqaiq, the world's largest crude stabilisation facility. No casualties were reported. Aramco said it would draw on inventories to keep supplying customers while repairs were carried out. The attack is the most serious on Gulf oil infrastructure since the 1991 Gulf War, analysts said. Brent jumped as much as 19% when markets opened on Monday, the biggest intraday rise on record. The kingdom's energy minister said about a third of lost output would be restored within a day.",
        "E",
        "drone strike",
    ),
    (
        "Fire at Jeddah fuel depot after Houthi attack days before Formula One race",
        'A huge fire broke out at an Aramco petroleum products distribution station in Jeddah on Friday after what the Saudi-led coalition said was a Houthi missile and drone attack, sending black smoke over the city where a Formula One grand prix was due to be held two days later. The coalition said the attack also targeted a desalination plant in Shuqaiq and energy facilities in Jizan and Najran. Coalition spokesman Turki al-Maliki said the strikes were aimed at "the heart of the global economy" and warned of a response. The Houthis\' military spokesman said on Twitter that a series of strikes had hit Aramco installations. The storage tanks at the North Jeddah bulk plant supply the city with gasoline, diesel and jet fuel. Drivers practising at the circuit a few kilometres away could see the flames, and Formula One held late-night talks before deciding the race would go ahead. Aramco said it was not aware of any injuries. Oil prices jumped more than 1% after the attack.',
        "E",
        "missile strike",
    ),
    (
        "Tanker ablaze in Red Sea after Houthi missile strike; crew abandon ship",
        "A fuel tanker carrying Indian naphtha caught fire in the Red Sea late on Tuesday after being hit by an anti-ship missile fired from Houthi-held territory in Yemen, the British military's UKMTO agency and the ship's manager said. The crew of 22 abandoned the vessel and were picked up by a passing merchant ship, the manager said in a statement. A Houthi spokesman said the group had targeted the vessel because of its links to Britain, a claim the owner rejected. US Central Command said two missiles were fired, one of which struck the ship's port side near the accommodation block. The tanker, which is loaded with about 80,000 tonnes of product, was drifting and still burning on Wednesday morning, according to maritime security firm Ambrey. Freight rates for product tankers on routes from the Middle East to Europe rose for a third straight session. Several large owners said they would stop sending ships through the Bab el-Mandeb strait until further notice.",
        "E",
        "missile strike",
    ),
    (
        "Houthi missile kills three crew on bulk carrier off Aden, first deaths of shipping campaign",
        'Three crew members were killed and four others badly burned when a Houthi anti-ship missile struck a Barbados-flagged bulk carrier in the Gulf of Aden on Wednesday, the first deaths since the group began attacking shipping, US officials said. The surviving crew, including Filipino and Vietnamese sailors, abandoned the vessel and were rescued by an Indian navy warship, which flew the injured to a hospital in Djibouti. The Houthis said they had targeted the ship over what they called its American ownership. Its Greek operator said the ship had no links to the United States and called the attack a crime against seafarers. The Philippine government confirmed that two of the dead were its citizens. Shipping groups said the deaths marked a grim turn for the industry, and insurers raised war-risk premiums for Red Sea transits again. "These were ordinary sailors doing their jobs," the International Chamber of Shipping said. The ship, carrying steel, was left drifting without power.',
        "E V",
        "missile strike",
    ),
    (
        "Niger Delta Avengers claim blast on Forcados export pipeline, Shell declares force majeure",
        "Militants from a group calling itself the Niger Delta Avengers said on Wednesday they had blown up the Forcados subsea export pipeline, forcing Shell's Nigerian unit to declare force majeure on loadings of the grade. Shell said it had shut the line after a leak was spotted and that it was investigating the cause with the authorities. In a post on its website, the group said the attack was a warning to oil companies to leave the Niger Delta and vowed to bring output \"to zero\". It was the latest in a string of bombings this year that have pushed Nigeria's output to a 20-year low of about 1.6 million barrels per day, according to oil ministry officials. The Nigerian military said it had deployed gunboats to the creeks and arrested several suspects. Traders said at least eight Forcados cargoes due to load in March were affected. The Forcados terminal normally ships around 250,000 barrels a day. Nigeria's oil minister said he was seeking talks with community leaders.",
        "E M",
        "pipeline bombing",
    ),
    (
        "Caño Limón pipeline bombed again, oil spills into Arauca river",
        "Colombia's Caño Limón-Coveñas oil pipeline was bombed early on Sunday in Arauca province, spilling crude into a tributary of the Arauca river and halting pumping, state oil company Ecopetrol said. The defence ministry blamed the ELN guerrilla group and called the blast a terrorist act against the environment and the region's farmers. It was the ninth attack on the line so far this year, Ecopetrol said in a statement. The 780-km pipeline carries crude from fields operated by Ecopetrol and Sierracol Energy to the Caribbean port of Coveñas. Repair crews were waiting for the area to be declared safe before approaching the site, an official said. Ecopetrol said containment barriers had been placed downstream, and that water supply to two villages had been cut as a precaution. The ELN, which has about 2,500 fighters, has long targeted the pipeline as a symbol of foreign oil companies. Exports from Coveñas were not affected because of stored volumes, the company said.",
        "E T",
        "pipeline bombing",
    ),
    (
        "Clashes erupt around Libya's Es Sider and Ras Lanuf terminals, exports halted",
        "Heavy fighting broke out on Thursday around Libya's Es Sider and Ras Lanuf oil terminals as forces led by Ibrahim Jathran attacked positions held by the eastern-based Libyan National Army, residents and military sources said. The National Oil Corporation evacuated staff from both ports and declared force majeure on loadings, cutting exports by about 450,000 barrels per day. Warplanes loyal to Khalifa Haftar carried out airstrikes on the attackers near Ras Lanuf, an LNA spokesman said. At least two storage tanks were set ablaze at Ras Lanuf, according to the NOC, which said the fire was spreading to other tanks. NOC chairman Mustafa Sanalla called for an immediate withdrawal of all armed groups from the oil crescent. Several workers were missing, the company said. The terminals, which lie between Sirte and Benghazi, have changed hands several times since 2011. Brent crude rose more than 2% on the news.",
        "B E",
        "battle",
    ),
    (
        "Zawiya refinery shut as militia clashes rage around Libya's largest oil plant",
        "Libya's National Oil Corporation shut the Zawiya refinery on Monday after clashes between rival armed groups reached the perimeter of the complex, west of Tripoli, and a shell hit a storage tank, the company said. Residents said fighting with heavy machine guns and rocket-propelled grenades went on through the night in the city's southern districts. The health ministry's emergency service said at least five people were killed and 23 wounded, and that families living near the refinery had fled to relatives in other towns. The NOC said it had evacuated its employees and halted crude intake from the Sharara field, which feeds the plant through a pipeline. The 120,000-barrel-per-day refinery supplies much of western Libya with fuel, and queues formed at petrol stations in Tripoli by the afternoon. The Government of National Unity said it had ordered a ceasefire and sent mediators. Zawiya has seen repeated clashes between militias competing for control of smuggling routes.",
        "B E D",
        "battle",
    ),
    (
        "RSF drones set Port Sudan fuel depots ablaze in sixth straight day of strikes",
        "Drones struck fuel storage tanks at Port Sudan's southern oil terminal on Thursday, setting off fires that sent huge plumes of smoke over the Red Sea city, Sudanese officials said, in a sixth consecutive day of attacks blamed on the paramilitary Rapid Support Forces. The army said its air defences had intercepted several drones but that others had hit the depot and a power substation. Port Sudan, the seat of the army-aligned government since 2023, had been spared fighting until this month, and aid agencies use it as their main entry point. The attacks forced the suspension of flights at the airport and cut electricity to large parts of the city, residents said. Fuel prices doubled in local markets within a day, and long lines formed at petrol stations. The UN's humanitarian office said the strikes threatened the supply of fuel for hospitals and water pumping across eastern Sudan, where hundreds of thousands of displaced people are sheltering. The RSF has not commented.",
        "E H D",
        "drone strike",
    ),
    (
        "Fighting blocks repair of ruptured South Sudan export pipeline, Juba says",
        "South Sudan said on Tuesday that fighting between Sudan's army and the Rapid Support Forces was preventing engineers from reaching a ruptured section of the pipeline that carries its crude to Port Sudan, keeping most of its exports offline. The line, operated by the Petrodar consortium, was damaged in February in an area of White Nile state where the two sides have been battling for control of roads, petroleum ministry officials said. Engineers sent to the site were turned back after RSF fighters attacked an army convoy nearby, according to a Sudanese energy official. The outage has cut South Sudan's exports by about 150,000 barrels per day, depriving the government in Juba of the revenue that pays most public salaries. Civil servants have not been paid for months, unions said. Sudan's energy ministry said the pipeline had been flushed to prevent the oil solidifying but gave no timeline for a restart. Traders said buyers of Dar Blend had stopped receiving cargoes.",
        "B",
        "battle",
    ),
    (
        "Russian missiles and drones pound Ukraine's grid, blackouts across the country",
        "Russia launched one of its largest air attacks of the war on Ukraine's energy system overnight, firing more than 120 missiles and about 90 drones at power plants, substations and gas facilities, Ukrainian officials said on Sunday. Energy minister German Galushchenko said thermal and hydroelectric plants had been hit in several regions and that grid operator Ukrenergo had imposed emergency power cuts nationwide. At least seven people were killed, including two in Lviv, regional governors said. Russia's defence ministry said it had carried out a massive strike with precision weapons on energy facilities that supported Ukraine's military industry. In Kyiv, residents sheltered in metro stations as explosions were heard across the city, and water supplies stopped in several districts. DTEK, the largest private power producer, said two of its plants had suffered serious damage. Hospitals switched to backup generators, the health ministry said. European power prices rose on the news, with German day-ahead contracts up 6%.",
        "E M H",
        "missile strike",
    ),
    (
        "Druzhba oil flows to Hungary halted after strike on Unecha pumping station",
        "Oil flows through the Druzhba pipeline to Hungary and Slovakia were halted on Monday after a Ukrainian drone strike hit the Unecha pumping station in Russia's Bryansk region, the Hungarian foreign minister said. Robert Brovka, commander of Ukraine's drone forces, posted a video showing a fire at the site and said his units had struck it overnight. Hungary's foreign minister Peter Szijjarto called the attack \"an attack on our energy security\" and said Budapest had complained to Kyiv. Slovakia's economy minister said supplies to the Slovnaft refinery in Bratislava could resume within five days if repairs went well. Transneft, the Russian pipeline monopoly, did not comment. The pipeline has been hit several times this month, and both countries are among the last in the European Union still importing Russian crude by pipe. Ukraine's foreign ministry replied that Hungary should address its complaints to Moscow, which started the war. MOL shares fell 2.3% in Budapest.",
        "E M",
        "drone strike",
    ),
    (
        "Drone attack on Khor Mor gas field kills four Yemeni workers, halts Kurdistan power",
        "A drone attack on the Khor Mor gas field in Iraq's Kurdistan region killed four Yemeni workers on Friday and halted production, forcing widespread power cuts across the region, officials said. Dana Gas and Crescent Petroleum, which operate the field, said a storage facility had been hit and a fire broke out that was later extinguished. Kurdistan's interior ministry said the drone had been launched from an area south of Chamchamal, and blamed outlaw armed groups, without naming them. No group claimed responsibility, but similar attacks in the past have been linked to Iran-aligned militias. The field supplies gas to power stations that generate about half the region's electricity, and the Kurdistan Regional Government said output had fallen by roughly 2,500 megawatts. Washington condemned the attack and urged Baghdad to hold those responsible to account. The field has been targeted by rockets and drones several times since 2022. Iraq's prime minister ordered an investigation.",
        "E",
        "drone strike",
    ),
    (
        "Islamic State gunmen attack oilfield near Kirkuk, killing five guards",
        "Islamic State militants attacked guards at an oilfield west of Kirkuk overnight, killing five members of the Oil Police and wounding three others, security officials said on Sunday. The attackers, estimated at about a dozen, approached from the Hamrin mountains and opened fire with machine guns before detonating an explosive device near a pumping station, a police colonel said. Islamic State claimed the attack through its Amaq news agency. The North Oil Company said production at the field, which pumps around 30,000 barrels a day, was not affected, but that crews had been pulled back from two wells while the army searched the area. Iraqi forces launched an operation with air support on Sunday morning to pursue the attackers into the desert, the Joint Operations Command said. Kirkuk's fields have been repeatedly targeted by Islamic State cells since the group lost its territory in Iraq. Federal oil ministry officials said security at installations would be reinforced.",
        "T B M",
        "attack",
    ),
    (
        "Israeli strikes hit South Pars gas plant and Tehran fuel depot as war escalates",
        "Israeli aircraft struck a gas processing facility at Iran's South Pars field and a fuel depot near Tehran on Saturday, the first time Israel had targeted Iran's energy sector in the conflict, Iranian media and officials said. Iran's oil ministry said a fire broke out at Phase 14 of South Pars after the strike, forcing the suspension of about 12 million cubic metres a day of gas output. State television showed flames at the Shahran fuel depot in the capital's north-west. The Israeli military said it had struck sites used by the Iranian regime to fund its military, without giving details. South Pars, which Iran shares with Qatar, is the world's largest gas field and supplies most of Iran's domestic gas. Qatari officials said their side of the field had not been affected. Oil prices had already risen more than 7% since Israel began its strikes on Iranian nuclear and military sites the previous day. Traders said the attack on energy infrastructure marked a dangerous new phase.",
        "E M",
        "air strike",
    ),
]
