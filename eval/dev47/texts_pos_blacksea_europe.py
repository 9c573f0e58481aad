"""dev47 positives: Ukraine, Russia, the Black Sea, Turkey and the Balkans (business, markets,
energy and shipping desk). POSITIVES = [(title, text, tag codes, kind), ...]; tag codes from
eval/conflictset (TAG_CODES)."""

POSITIVES = [
    (
        "Ryazan refinery unit ablaze after drone strike; Brent up 2%",
        "Brent crude rose 2% to $79.40 a barrel on Monday after a drone strike set a crude distillation unit at the Ryazan refinery ablaze overnight; two workers were killed, the regional governor said. The plant processes about 260,000 barrels a day, roughly 5% of Russia's refining capacity. A source in Ukraine's SBU security service said the agency had carried out the attack. Gasoline prices on the St Petersburg commodity exchange hit a record.",
        "E M",
        "drone_strike",
    ),
    (
        "Chornomorsk grain terminals hit; 60,000 tonnes destroyed",
        "Russian missiles hit grain terminals in the port of Chornomorsk overnight, destroying about 60,000 tonnes of grain and injuring two port workers, Ukraine's agriculture ministry said. Chicago wheat futures rose 3% in early trade. The strike came two days after Moscow quit the deal that had allowed grain to leave Ukraine's Black Sea ports.",
        "E",
        "missile_strike",
    ),
    (
        "Drones damage silos at Izmail, across the Danube from Romania",
        "Russian drones struck the Danube river port of Izmail overnight, damaging grain silos and a passenger terminal across the water from NATO member Romania, Ukrainian officials said. Traders said several barges loaded with corn had been moved downstream.",
        "E",
        "drone_attack",
    ),
    (
        "Missile hits bulk carrier waiting to load at Pivdennyi; Syrian crewman killed",
        "A Russian missile hit the Panama-flagged bulk carrier Aya as it waited to load grain in the port of Pivdennyi, killing a Syrian crew member and wounding two more, the Ukrainian navy said. The owner said the vessel had been cleared for loading by the port authority a day earlier. Ukraine's grain exporters' union said the attack would push up freight costs on the corridor.",
        "E",
        "missile_strike",
    ),
    (
        "Cargo ship bound for the Danube strikes sea mine off Odesa",
        "A Palau-flagged cargo ship heading for the Danube hit a sea mine in the Black Sea about 10 miles off Odesa region on Thursday, injuring two crew, Ukraine's southern command said. The ship reached port under its own power. Ukrainian officials say Russian aircraft drop mines along the shipping corridor at night, which Moscow denies.",
        "E",
        "naval_mine",
    ),
    (
        "DTEK says three thermal plants badly damaged in overnight barrage",
        "DTEK said three of its thermal power plants were seriously damaged in a massive Russian missile and drone attack overnight, the latest in a series of strikes on Ukraine's power system. Grid operator Ukrenergo imposed rolling blackouts in 10 regions. Ukraine imported a record volume of electricity from the EU on the day. It was the fourth large attack on DTEK plants in a month.",
        "E",
        "missile_strike",
    ),
    (
        "Naftogaz gas production sites in Kharkiv and Poltava regions hit",
        "Russian missiles hit gas production facilities of Naftogaz in Kharkiv and Poltava regions on Monday, the company's chief executive said, calling it the largest attack on Ukraine's gas infrastructure since the start of the full-scale invasion. The Dutch TTF benchmark rose 3% on the news. No casualties were reported.",
        "E",
        "missile_strike",
    ),
    (
        "Bryansk oil depot burns after drone raid, governor says",
        "A fire covering 2,000 square metres broke out at an oil depot in Russia's Bryansk region after a Ukrainian drone attack overnight, the regional governor said on Telegram, adding that no one was hurt.",
        "E",
        "drone_attack",
    ),
    (
        "Sea drone attack halts CPC loadings at Novorossiysk",
        "Loadings at the Caspian Pipeline Consortium terminal near Novorossiysk were suspended on Tuesday after a naval drone attack damaged a single-point mooring, CPC said, halting exports of Kazakh crude that make up about 1% of world supply. The Ukrainian navy said its sea drones had targeted 'military logistics' in the port. Kazakhstan's energy ministry said it was redirecting some volumes by rail.",
        "E M",
        "naval_drone_attack",
    ),
    (
        "Shadow-fleet tankers hit by sea drones off Turkish coast",
        "Two tankers sailing empty to Novorossiysk were hit by Ukrainian sea drones off the Turkish coast on Friday, setting one of them on fire, Turkey's transport ministry said; all 45 crew were taken off safely. A source in Ukraine's security service said the agency had struck the vessels because they belonged to the 'shadow fleet' carrying Russian oil under Western sanctions.",
        "E M",
        "naval_drone_attack",
    ),
    (
        "Cross-border shelling kills worker at Belgorod steel plant",
        "Shelling from across the border damaged a rolling workshop at a steel plant in Russia's Belgorod region on Wednesday, killing one worker and injuring three, the regional governor said. The company suspended production at the site and moved staff to its other plants.",
        "E",
        "shelling",
    ),
    (
        "Metinvest halts Pokrovsk coking coal mine as Russian troops close in",
        "Metinvest suspended operations at Ukraine's only coking coal mine near Pokrovsk as Russian forces advanced to within 2 km of the site, the company said, and began moving workers and their families to central Ukraine. Shelling had cut power to the mine twice in a week. Analysts said Ukraine's steel output could fall by a third without the coal. Metinvest's dollar bonds fell 3 cents.",
        "B E D",
        "offensive",
    ),
    (
        "Tuapse refinery stops after drone hits main unit",
        "Rosneft's Tuapse refinery on the Black Sea, which processes about 240,000 barrels a day mainly for export, halted operations on Thursday after a drone attack damaged its main crude distillation unit, two industry sources said.",
        "E",
        "drone_strike",
    ),
    (
        "Blast on Ibar-Lepenac canal threatens Kosovo's power supply",
        "An explosion damaged the Ibar-Lepenac canal in northern Kosovo late on Friday, cutting water to the coal-fired power plants that generate most of the country's electricity, utility KEK said. Prime Minister Albin Kurti called it a terrorist attack by 'gangs directed by Belgrade', which Serbia denied. Power cuts were expected across Kosovo over the weekend.",
        "E T",
        "sabotage_bombing",
    ),
    (
        "Kirkuk-Ceyhan flows halted after PKK bombing in Sirnak",
        "Flows through the Kirkuk-Ceyhan oil pipeline were halted on Wednesday after an explosion in Turkey's Sirnak province that the governor's office called a terrorist attack by PKK militants. It was the third attack on the line in a month. Pipeline operator BOTAS said repairs would take about a week.",
        "E T",
        "pipeline_bombing",
    ),
    (
        "Missile kills six at Nova Poshta parcel terminal",
        "A Russian missile hit a Nova Poshta parcel terminal in Kharkiv region on Monday, killing six employees of Ukraine's biggest private delivery company and wounding 16, regional officials said. The company suspended deliveries in the area and set up a fund for the victims' families.",
        "E",
        "missile_strike",
    ),
    (
        "Drone hits bus carrying DTEK miners home from shift",
        "A Russian drone hit a bus carrying miners home from a DTEK coal mine in Dnipropetrovsk region on Saturday, killing one and injuring 12, the company said. The regional governor said the drone operator had deliberately targeted the bus on an open road. DTEK said the mine would keep working.",
        "E V",
        "drone_strike",
    ),
    (
        "Ukrainian troops take Sudzha gas metering station in Kursk push",
        "Ukrainian troops took control of the Sudzha gas metering station in Russia's Kursk region, the last entry point for Russian gas flowing to Europe through Ukraine, Kyiv's commander-in-chief said after a week of fighting in the area. Gazprom said flows through Sudzha continued at 39 million cubic metres a day. Thousands of residents have fled the district, Russian officials said.",
        "B M D",
        "incursion",
    ),
    (
        "Novatek's Ust-Luga terminal on fire after suspected drone strike",
        "A fire halted gas condensate processing at Novatek's export terminal in the Baltic port of Ust-Luga on Sunday after what a Ukrainian intelligence source said was a drone strike; the regional governor said there were no casualties.",
        "E",
        "drone_strike",
    ),
    (
        "Three contractors killed as missile hits Kryvyi Rih industrial site",
        "A Russian missile hit an industrial site in Kryvyi Rih on Wednesday, killing three workers, the head of the city's military administration said. ArcelorMittal Kryvyi Rih, Ukraine's largest steelmaker, said the site belonged to a contractor and its own plants were running normally.",
        "E",
        "missile_strike",
    ),
    (
        "Druzhba oil to Hungary halted again after strike on Unecha pumping station",
        "Oil deliveries to Hungary and Slovakia through the Druzhba pipeline were halted for the second time in a week after a Ukrainian drone strike hit the Unecha pumping station in Russia's Bryansk region, Hungary's foreign minister said. The commander of Ukraine's drone forces posted a video of the strike. MOL said it had enough reserves to keep its refineries running.",
        "E M",
        "drone_strike",
    ),
    (
        "Kherson shelling forces agribusiness to abandon riverside farms",
        "Daily shelling from the left bank of the Dnipro has forced a Kherson agribusiness to abandon 4,000 hectares of riverside farmland, its director said, after a tractor driver was killed by a drone this week. Most of its 300 workers have moved with their families to Mykolaiv. Insurers no longer cover crops within 15 km of the river.",
        "E D",
        "shelling",
    ),
]
