"""dev125 hard negatives: accidents as they first break (explosions at plants and depots, gas
leaks, fires, plane, train and boat crashes, stampedes); not conflict (eval/README.md, section
1, `hard_negative_accident`)."""

# (title, text, kind code)
NEGATIVES = [
    (
        "BREAKING: Explosion at Tennessee explosives plant; multiple people unaccounted for",
        "An explosion tore through a plant that makes military explosives in rural Hickman "
        "County, Tennessee, on Friday morning, and the sheriff said 18 people were unaccounted "
        "for. Residents miles away reported feeling the blast. This is a developing story.",
        "accident",
    ),
    (
        "Gas leak forces evacuation of 400 homes in Lyon suburb",
        "Firefighters evacuated about 400 homes in Vénissieux on Wednesday evening after "
        "roadworks ruptured a gas main, the prefecture said. No injuries. Update to follow.",
        "accident",
    ),
    (
        "Jeju Air plane with 181 aboard crashes at Muan airport; at least 28 dead - Yonhap",
        "SEOUL, Dec 29 (Reuters) - A Jeju Air plane skidded off the runway at Muan airport and "
        "burst into flames, killing at least 28 people, the fire agency said.",
        "accident",
    ),
    (
        "Passenger jet collides with Army helicopter near Reagan National Airport",
        "WASHINGTON (AP) — A regional passenger jet with 64 people on board collided in midair "
        "with an Army Black Hawk helicopter while approaching Ronald Reagan Washington "
        "National Airport on Wednesday night and crashed into the Potomac River, officials said. "
        "All takeoffs and landings were halted.",
        "accident",
    ),
    (
        "Breaking News: Air India London-bound plane with 242 on board crashes in Ahmedabad",
        "An Air India Boeing 787 bound for London Gatwick crashed into a residential area "
        "moments after take-off from Ahmedabad, police said. Details awaited.",
        "accident",
    ),
    (
        "Two regional trains collide head-on in Bavaria, several dead",
        "Two regional trains collided head-on on a single-track line near Garmisch on Saturday "
        "afternoon, killing at least three people and injuring dozens, police in Upper Bavaria "
        "said. The line will remain closed for days, Deutsche Bahn said.",
        "accident",
    ),
    (
        "Hathras satsang stampede: over 100 crushed to death, officials say",
        "LUCKNOW: Over 100 devotees, most of them women, were crushed to death in a stampede "
        "at a satsang in Hathras on Tuesday; the toll may rise, officials said.",
        "accident",
    ),
    (
        "Stampede outside Bengaluru stadium as crowds gather for IPL victory celebration",
        "Eleven people were killed and more than 30 injured in a crush at the gates of the "
        "Chinnaswamy Stadium on Wednesday as tens of thousands of fans gathered to celebrate "
        "RCB's first IPL title, the Karnataka government said.",
        "accident",
    ),
    (
        "UPDATE 3-Hong Kong high-rise fire kills at least 44; 279 unaccounted for",
        "(Updates toll, adds leader's comments) HONG KONG, Nov 27 (Reuters) - A fire that "
        "spread along bamboo scaffolding engulfed seven towers in Tai Po, killing at least 44 "
        "people, with 279 unaccounted for, city leader John Lee said.",
        "accident",
    ),
    (
        "Nightclub fire kills dozens in North Macedonia's Kocani",
        "SKOPJE — At least 59 people were killed when a fire broke out during a concert at a "
        "nightclub in the eastern town of Kocani early on Sunday, Interior Minister Pance "
        "Toshkovski said. Pyrotechnics set the ceiling alight, he said.",
        "accident",
    ),
    (
        "Blast at fireworks warehouse in Gujarat's Deesa kills 21 workers",
        "AHMEDABAD: An explosion followed by a fire at a firecracker warehouse in Deesa town "
        "of Banaskantha district killed 21 workers on Tuesday, the collector said, adding that "
        "part of the building's slab had collapsed on them.",
        "accident",
    ),
    (
        "Dozens trapped after illegal gold mine collapses in North Sulawesi",
        "JAKARTA — A landslide buried an illegal gold mining site in Indonesia's North Sulawesi "
        "province on Sunday, leaving at least 35 miners trapped, the local search and rescue "
        "agency said. Heavy rain was hampering the search.",
        "accident",
    ),
    (
        "Overloaded boat capsizes on Lake Kivu near Goma, dozens feared dead",
        "An overloaded boat carrying passengers and goods capsized on Lake Kivu as it arrived at "
        "the port of Goma on Thursday, drowning at least 78 people, the South Kivu governor "
        "said. Around 10 survivors were pulled from the water.",
        "accident",
    ),
    (
        "Helicopter carrying Iran's president makes 'hard landing' in fog, state TV says",
        "A helicopter carrying President Ebrahim Raisi and the foreign minister made a hard "
        "landing in fog in East Azerbaijan province on Sunday, Iranian state television "
        "reported. Rescue teams were trying to reach the site in heavy rain.",
        "accident",
    ),
    (
        "Azerbaijan Airlines plane crashes near Aktau with 67 on board",
        "ALMATY (Reuters) - An Azerbaijan Airlines Embraer flying from Baku to Grozny crashed "
        "near the Kazakh city of Aktau on Wednesday and burst into flames, Kazakhstan's "
        "emergencies ministry said. There were survivors, it said. The plane had diverted "
        "after a suspected bird strike, Russian agencies reported.",
        "accident",
    ),
    (
        "Huge blast at Bandar Abbas port injures hundreds; chemicals blamed",
        "A massive explosion ripped through the Shahid Rajaee port near Bandar Abbas on "
        "Saturday, injuring more than 500 people, Iranian state media said. A crisis "
        "management official said the blast was caused by chemicals stored in containers.",
        "accident",
    ),
    (
        "Cargo ship strikes Baltimore bridge, sending it into river",
        "BALTIMORE (AP) — A container ship lost power and rammed a support of the Francis Scott "
        "Key Bridge early Tuesday, causing the span to collapse into the Patapsco River, "
        "officials said. Crews were searching for at least six road workers.",
        "accident",
    ),
    (
        "Gas explosion brings down section of apartment block in Nizhny Tagil",
        "An explosion of household gas destroyed two floors of a five-storey apartment building "
        "in Nizhny Tagil on Thursday, the regional governor said. Four people were killed and "
        "rescuers were searching for others under the slabs.",
        "accident",
    ),
    (
        "Blast during disposal of expired army munitions kills 13 in West Java",
        "Thirteen people, four of them soldiers, were killed when expired ammunition exploded "
        "as the army was destroying it at a site in Garut, West Java, a military spokesman "
        "said on Monday. The others were villagers who had come to collect scrap metal.",
        "accident",
    ),
    (
        "Fuel tanker explosion in Jigawa kills scores trying to scoop petrol",
        "KANO — A fuel tanker that overturned on a highway in Jigawa State exploded as "
        "residents gathered to scoop spilled petrol late on Tuesday, killing at least 94 "
        "people, police said. Many of the injured have severe burns.",
        "accident",
    ),
]
