"""Negatives: earthquakes, sandstorms, floods, storms, drought, wildfire, heat (disaster);
crashes, mine and port explosions, fires, a stampede (accident); epidemics (health).

Labels follow eval/README.md, section 1; see eval/dev67/README.md."""

NEGATIVES = [
    (
        "Quake death toll in northwest Syria rises as rescuers dig by hand",
        "The death toll in rebel-held northwest Syria from Monday's earthquake rose to more "
        "than 1,900 on Wednesday, the White Helmets rescue group said, as volunteers with "
        "shovels and a few excavators searched collapsed buildings in Jinderis, Harem and "
        "Salqin. Across Turkey and Syria more than 11,000 people have been killed. The group "
        "appealed for heavy equipment, saying families could still be heard under the rubble. "
        "Many of the collapsed buildings were housing families already displaced by the war.",
        "disaster",
    ),
    (
        "First UN aid trucks reach quake-hit northwest Syria through Bab al-Hawa",
        "Six UN trucks carrying tents, blankets and hygiene kits crossed into northwest Syria "
        "from Turkey through the Bab al-Hawa crossing on Thursday, the first UN aid to reach "
        "the area since Monday's earthquake. The crossing had been unusable for three days "
        "because the road on the Turkish side was damaged. Rescue groups said the shipment "
        "fell far short of what tens of thousands of people left homeless by the quake "
        "needed.",
        "disaster",
    ),
    (
        "Sandstorm sends thousands to hospital with breathing problems across Iraq",
        "A thick sandstorm, the eighth in little more than a month, blanketed Baghdad and "
        "much of Iraq on Monday, sending more than 4,000 people to hospital with breathing "
        "problems and closing airports in Baghdad, Najaf and Erbil, the health ministry said. "
        "Meteorologists blame drought and desertification.",
        "disaster",
    ),
    (
        "Floods sweep through displacement camps in Yemen's Marib",
        "Torrential rain and flash floods damaged or destroyed the shelters of about 3,500 "
        "displaced families in camps around Marib over the weekend, the International "
        "Organization for Migration said on Monday. Many families lost their food stocks and "
        "documents. Most of the camps' residents fled other parts of Yemen years ago and live "
        "in tents or makeshift huts. The agency said it was handing out emergency kits.",
        "disaster",
    ),
    (
        "Storm cuts power to 2,000 towns and villages; Odesa worst hit",
        "A storm with hurricane-force winds and heavy snow cut power to more than 2,000 towns "
        "and villages across southern and central Ukraine on Monday, the energy ministry "
        "said. In Odesa region five people were killed and hundreds of cars were stuck in "
        "snowdrifts on the highway to Kyiv, where soldiers and rescuers helped dig them out. "
        "Ukrenergo said repairs would take days. In Kyiv the wind brought down trees and "
        "power lines, and schools moved classes online.",
        "disaster",
    ),
    (
        "Earthquake in northwest Iran injures hundreds in Khoy",
        "A magnitude 5.9 earthquake struck near Khoy in Iran's West Azerbaijan province on "
        "Saturday night, killing at least three people and injuring more than 800, state "
        "media said. Residents spent the night outdoors in freezing temperatures while the "
        "Red Crescent set up tents.",
        "disaster",
    ),
    (
        "Flash floods in Erbil kill 12 and sweep away cars",
        "Flash floods after torrential rain killed at least 12 people in Erbil on Friday, "
        "including children, sweeping cars through the streets and flooding homes in the east "
        "of the city, the Kurdistan Region's civil defence said. Residents of low-lying "
        "neighbourhoods were evacuated. It was the heaviest rain the city had seen in years. "
        "Civil defence teams used boats to reach families on the roofs of their houses, and "
        "the regional government declared a day of mourning.",
        "disaster",
    ),
    (
        "Syria faces worst drought in decades as wheat harvest collapses",
        "Syria's wheat harvest this year is expected to be about 40% lower than last year "
        "after the worst drought in decades, the UN food agency said, leaving about 3 million "
        "people at risk of severe hunger. Rainfall in the northeast, the country's "
        "breadbasket, was the lowest in 60 years. Farmers in Hasakah said they had abandoned "
        "their fields. The government said it would import wheat from Iraq and Russia to keep "
        "bread subsidised.",
        "disaster",
    ),
    (
        "Wildfires near Jerusalem force evacuations and shut Highway 1",
        "Wildfires fanned by strong winds spread across forests west of Jerusalem on "
        "Wednesday, forcing the evacuation of several communities and the closure of Highway "
        "1, the main road between Jerusalem and Tel Aviv. Firefighting planes from Italy and "
        "Croatia joined the effort, and the government cancelled the Independence Day "
        "torch-lighting ceremony. Emergency services said 23 people were treated, mostly for "
        "smoke inhalation.",
        "disaster",
    ),
    (
        "Basra swelters at 52C as power cuts deepen",
        "Temperatures in Basra reached 52C on Sunday, and the grid supplied only a few hours "
        "of electricity a day in parts of the city, residents said. Iran has cut gas supplies "
        "to Iraqi power stations this month. Several provinces gave public employees the day "
        "off.",
        "disaster",
    ),
    (
        "Iran's president killed in helicopter crash in fog-covered mountains",
        "Iranian President Ebrahim Raisi, the foreign minister and seven others were killed "
        "when their helicopter crashed in mountains near the border with Azerbaijan in heavy "
        "fog, state media said on Monday. Rescue teams reached the wreckage after searching "
        "through the night. The armed forces chief of staff ordered an investigation, which "
        "later found no evidence of sabotage. Iran declared five days of mourning, and the "
        "first vice-president became interim president.",
        "accident",
    ),
    (
        "Methane explosion at Tabas coal mine kills dozens",
        "A methane explosion at a coal mine in Tabas in eastern Iran killed at least 50 "
        "workers on Saturday night, state media said. More than 20 people were injured, and "
        "rescuers were still trying to reach miners trapped in two blocks of the mine. The "
        "president ordered an investigation.",
        "accident",
    ),
    (
        "Explosion at Bandar Abbas port kills dozens and shatters windows for kilometres",
        "A huge explosion and fire at the Shahid Rajaee port near Bandar Abbas killed at "
        "least 57 people and injured more than 1,000 on Saturday, Iranian officials said, "
        "blowing out windows several kilometres away. Officials said the blast appeared to "
        "have been caused by the improper storage of chemicals in containers. The port, "
        "Iran's largest container terminal, suspended operations. Thick black smoke rose over "
        "the port for hours, and schools and offices in the city were closed the next day. "
        "Firefighters were still dousing burning containers on Sunday.",
        "accident",
    ),
    (
        "Massive explosion at Beirut port kills scores and flattens the waterfront",
        "A massive explosion at Beirut's port on Tuesday evening killed at least 78 people "
        "and injured about 4,000, flattening warehouses and damaging buildings across the "
        "city, Lebanon's health minister said. The prime minister said 2,750 tonnes of "
        "ammonium nitrate had been stored in a warehouse for six years without safety "
        "measures. Hospitals were overwhelmed and had to turn the injured away. The president "
        "promised that those responsible would face the harshest punishment. Residents "
        "searched for missing relatives through hospitals and on social media.",
        "accident",
    ),
    (
        "Fire at wedding hall in Qaraqosh kills more than 100",
        "A fire tore through a packed wedding hall in the mainly Christian town of Qaraqosh "
        "in Iraq's Nineveh province late on Tuesday, killing more than 100 people, civil "
        "defence officials said. Fireworks set light to highly flammable ceiling panels, they "
        "said. The bride and groom survived. Survivors said the exits were too narrow for the "
        "roughly 900 guests. The provincial governor said nine people had been arrested, "
        "including the owner of the hall.",
        "accident",
    ),
    (
        "Oxygen cylinder blast starts fire in Baghdad COVID hospital, killing 82",
        "A fire caused by an exploding oxygen cylinder swept through the intensive care unit "
        "of Ibn al-Khatib hospital in Baghdad on Saturday night, killing 82 people, most of "
        "them patients on ventilators, the interior ministry said. The prime minister "
        "suspended the health minister. Relatives said the building had no smoke detectors or "
        "sprinklers.",
        "accident",
    ),
    (
        "Fourteen killed as minibus hits fuel truck in Rivne region",
        "Fourteen people were killed when a minibus carrying passengers from a village to the "
        "regional capital collided with a fuel truck on a highway in Ukraine's Rivne region "
        "on Monday morning, police said. Investigators are looking at driver error and the "
        "poor state of the road.",
        "accident",
    ),
    (
        "Migrant boat from Lebanon sinks off Tartus, dozens dead",
        "At least 77 people died when a boat carrying migrants from northern Lebanon sank off "
        "the Syrian port of Tartus on Thursday, Syrian state media said. The passengers, "
        "Lebanese, Syrians and Palestinians trying to escape economic collapse, were hoping "
        "to reach Europe. Twenty people were rescued and taken to hospital. Survivors said "
        "the boat had left from near Tripoli with about 150 people on board, many of them "
        "families.",
        "accident",
    ),
    (
        "Stampede at Mount Meron festival kills 45",
        "At least 45 people were crushed to death and about 150 injured in a stampede at a "
        "Lag BaOmer religious festival on Mount Meron in northern Israel early on Friday, "
        "medics said. Tens of thousands of ultra-Orthodox worshippers had packed the site. "
        "The crush happened in a narrow passageway with a slippery metal floor. A state "
        "inquiry later found that police had let far more people into the site than was safe.",
        "accident",
    ),
    (
        "Gas explosion brings down part of apartment block near Moscow",
        "A household gas explosion brought down part of a five-storey apartment block in "
        "Balashikha, east of Moscow, on Thursday, killing eight residents, Russia's "
        "emergencies ministry said. Rescuers pulled three people alive from the rubble. "
        "Investigators opened a criminal case over the maintenance of gas equipment.",
        "accident",
    ),
    (
        "Cholera outbreak spreads in Sulaimani province",
        "Health authorities in the Kurdistan Region's Sulaimani province reported 2,000 "
        "suspected cholera cases and two deaths in the past week, blaming contaminated water "
        "from old pipes. Restaurants were inspected, and the sale of some vegetables was "
        "banned. Iraq's health ministry said cases had also been found in Kirkuk.",
        "health",
    ),
    (
        "Syria launches nationwide polio vaccination drive",
        "Syria's health ministry and UNICEF began a nationwide polio vaccination campaign on "
        "Sunday to reach more than 3 million children under five, including in areas that "
        "were out of the government's reach for years. Mobile teams are going door to door in "
        "Idlib and the northeast. Officials said it was the first campaign to cover the whole "
        "country since 2011.",
        "health",
    ),
    (
        "Ukraine leads Europe in measles cases as vaccination lags",
        "Ukraine recorded more than 57,000 measles cases last year, more than any other "
        "country in Europe, and 16 people died, the health ministry said. Doctors blame years "
        "of low vaccination rates and public distrust of vaccines. The ministry has told "
        "schools to admit only vaccinated children.",
        "health",
    ),
    (
        "Iran's coronavirus deaths pass 1,000",
        "Iran's death toll from the coronavirus passed 1,000 on Tuesday, with 147 new deaths "
        "in the past 24 hours, a health ministry spokesman said on state television. "
        "Authorities have closed schools and universities and called off Friday prayers in "
        "major cities.",
        "health",
    ),
]
