"""Weather and disasters: a typhoon, river floods, a wildfire, an ice storm, an earthquake, a
landslide, a cyclone and a tornado."""

from _wrap import item

item(
    "Typhoon drives hundreds of thousands from homes in Bicol",
    """
    [[More than 310,000 people|displaced;a=the national disaster agency]] spent Thursday night in
    [[about 6,200 evacuation centres|capacity;a=the national disaster agency]] across the Bicol
    region and Eastern Visayas as Typhoon Kristine crossed the Philippines with gusts of up to
    {{185 km/h}}, the national disaster agency said. [[At least 24 people|killed;a=police]] were
    killed, most of them in flash floods and landslides in Camarines Sur, and
    [[14|missing;a=police]] were missing, police said. In Naga, a city of
    [[about 210,000 people|civilians]], floodwater reached the second floor of houses near the
    river. Naga's mayor told DZRH radio that
    [[about 4,000 residents|civilians;a=Naga's mayor]] were still waiting on rooftops to be
    rescued. "We have never seen the water this high," he said.
    [[About 9,800 houses|housing]] were damaged, and [[dozens of villages|other]] in Albay were
    cut off by floodwater. The coast guard said
    [[more than 90 vessels|other;u=other;a=The coast guard]] and
    [[about 1,100 cargo trucks|other;a=The coast guard]] were held in ports after sea travel was
    suspended. Airlines cancelled [[more than 120 domestic flights|other]], and classes were
    suspended across Luzon until {{October 25}}. The social welfare department said it had sent
    [[about 120,000 family food packs|aid;a=The social welfare department]] to evacuation
    centres. Kristine was the {{11th}} named storm to reach the country this year.
    """,
)

item(
    "Floods in Bavaria force thousands from their homes",
    """
    [[About 3,000 people|displaced;a=the Bavarian interior ministry]] had been evacuated from
    towns along the Danube and its tributaries by Sunday afternoon, the Bavarian interior
    ministry said, after up to {{140 litres per square metre}} of rain fell in {{48 hours}}.
    [[Four people|killed]] died, among them a firefighter whose boat capsized near
    Pfaffenhofen. [[Hundreds of residents|other]] were lifted from rooftops by boat and
    helicopter. [[More than 40,000 emergency workers|other]] were on duty across the state,
    supported by [[several hundred soldiers|combatants]]. In Reichertshofen, a levee broke and
    water flooded [[about 800 homes|housing]], some to the first floor. The Danube at Regensburg
    was expected to peak at about {{6 metres}} on Monday.
    """,
)

item(
    "Wildfire forces 35,000 from West Kelowna area",
    """
    [[About 35,000 residents|displaced;a=officials]] of West Kelowna and nearby communities were
    under evacuation orders on Saturday, officials said, and
    [[a further 30,000|displaced;p;a=officials]] were on alert to leave at short notice.
    [[More than 180 structures|housing;a=fire chief Dana Holt]] have been destroyed or damaged
    since the fire jumped Okanagan Lake on Thursday night, fire chief Dana Holt told reporters. The fire has
    burned about {{11,000 hectares}}. [[About 400 firefighters|other]] are on the lines,
    and [[200 soldiers|combatants;p]] will arrive on Monday to help. At the reception centre in
    Kelowna, [[some 5,000 evacuees|displaced]] had registered by midday. Highway {{97}} was
    closed to non-essential traffic.
    """,
)

item(
    "Ice storm leaves 160,000 Oregon customers without power",
    """
    [[More than 160,000 customers|civilians;a=PowerOutage.us]] were without power in Oregon on
    Sunday, according to PowerOutage.us, after freezing rain coated the Willamette Valley in up
    to {{2 cm}} of ice. At the peak on Saturday,
    [[as many as 250,000 customers|civilians]] had lost power. [[At least 10 deaths|killed;a=officials]] have been linked to the storm,
    [[three of them|killed;n=-;a=officials]] when a tree fell on a car in Portland, officials
    said. Portland International Airport cancelled [[about 300 flights|other]] over the
    weekend. Multnomah County opened [[six warming shelters|capacity]], where
    [[about 700 people|displaced]] slept on Saturday night. Utility crews from
    [[five states|other;u=other]] were helping repair lines, and temperatures were not
    expected to rise above {{0C}} until Wednesday.
    """,
)

item(
    "Istanbul quake injures 151 as residents jump from balconies",
    """
    A magnitude {{6.2}} earthquake struck beneath the Sea of Marmara off Istanbul at {{12.49pm}}
    on Wednesday, at a depth of about {{7 km}}.
    [[151 people|injured;a=the interior minister]] were hurt, most of them after jumping from
    balconies and windows in panic, the interior minister said, and no one was killed.
    [[About 380 buildings|housing;a=the environment ministry]] were reported damaged, and an
    empty building collapsed in Fatih, according to the environment ministry.
    [[Tens of thousands of people|displaced]] spent the night in parks and on open ground for
    fear of aftershocks. AFAD, the disaster agency, recorded
    [[more than 400 aftershocks|other;u=other;a=AFAD]] by Thursday morning. It set up
    [[about 2,000 tents|aid]] in parks on both sides of the Bosphorus. In Avcılar,
    [[about 30 families|displaced]] were moved to student dormitories after cracks appeared in
    their building. Schools across the city closed for {{two days}} so that engineers could
    inspect [[more than 3,000 school buildings|other]]. Istanbul, home to
    [[about 16 million people|civilians]], lies close to the North Anatolian fault, where a
    quake of {{magnitude 7}} or more is considered likely within decades. The {{1999}} Izmit earthquake, east of the city, killed
    [[more than 17,000 people|killed]].
    """,
)

item(
    "Landslides kill at least 48 on São Paulo's north coast",
    """
    [[At least 48 people|killed;a=the state government]] were killed and
    [[more than 40|missing;a=the state government]] were missing after record rain set off
    landslides around São Sebastião, the state government said on Tuesday. About {{683 mm}} of
    rain fell in {{24 hours}}, more than {{twice}} the usual total for February.
    [[About 1,700 people|displaced]] were left homeless and
    [[another 760|displaced]] were staying in schools and churches.
    [[About 1,000 rescuers|other]] and [[500 soldiers|combatants]] were digging through mud in
    the Vila Sahy neighbourhood, where [[40 to 50 houses|housing]] were buried. The coastal
    highway was blocked in [[more than 40 places|other;u=other]], leaving holiday-makers stuck in
    beach towns after Carnival.
    """,
)

item(
    "Cyclone leaves trail of destruction in northern Mozambique",
    """
    [[About 1.2 million people|civilians;a=OCHA]] have been affected by Cyclone Chido in Cabo
    Delgado, Nampula and Niassa provinces, OCHA, the UN humanitarian office, said on Monday.
    [[More than 28,000 homes|housing;a=OCHA]] were destroyed and
    [[about 350 classrooms|housing;a=OCHA]] damaged, it said. The cyclone made landfall near
    Mecufi with winds of about {{260 km/h}}. [[At least 120 people|killed]] were killed, and
    [[some 45,000 people|displaced]] were sheltering in [[74 accommodation centres|capacity]].
    Aid agencies flew in [[40 tonnes|aid]] of food, tarpaulins and water purification tablets.
    """,
)

item(
    "Tornado flattens Mississippi Delta town",
    """
    A tornado with winds of about {{170 mph}} tore through Rolling Fork, a town of
    [[about 1,900 people|civilians]], on Friday night. It killed
    [[at least 25 people|killed;a=the Mississippi Emergency Management Agency]] in the state,
    the Mississippi Emergency Management Agency said. [[Dozens|injured]] more were hurt. The
    National Weather Service rated it an {{EF4}}, the {{second}}-strongest category. Officials
    said [[about 300 homes|housing;a=Officials]] were destroyed in Rolling Fork alone. The
    governor sent [[about 200 National Guard members|combatants]] to clear roads and guard
    damaged stores, and the Red Cross opened [[two shelters|capacity]] in nearby Vicksburg.
    """,
)
