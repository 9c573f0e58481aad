"""Texts with numbers but no figure: a heat warning, a quake without damage, reservoirs in a
drought, a Medicane alert (4 articles)."""

from _wrap import item

item(
    "Acropolis to close in the afternoons as heatwave hits Greece",
    """The Acropolis will close between {{12pm}} and {{5pm}} from Wednesday as temperatures are
    expected to climb to {{44C}} in parts of central and southern Greece, the culture ministry
    said. The national meteorological service EMY said the heatwave, the {{third}} of the
    summer, would last at least until Sunday, with nighttime temperatures not falling below
    {{30C}} in Athens. The labour ministry ordered a mandatory break for outdoor workers and
    delivery riders between {{noon and 5pm}} in areas where the thermometer passes {{40C}}.
    Doctors advised people over {{65}} and those with heart conditions to stay indoors. Last
    July, Greece endured a {{16-day}} heatwave, the longest on record, which fuelled wildfires
    across the country.""",
)

item(
    "Magnitude 4.9 earthquake jolts Malatya, no damage reported",
    """A magnitude {{4.9}} earthquake struck Malatya's Battalgazi district at {{10:14 a.m.}} local
    time ({{0714GMT}}) on Tuesday, the Disaster and Emergency Management Authority (AFAD) said.
    The quake occurred at a depth of {{7 kilometers}} and was felt in the neighbouring
    provinces of Elazığ and Adıyaman. Malatya Governor Seddar Yavuz said there were no reports
    of casualties or damage, and that teams were inspecting buildings as a precaution. The
    region was among the hardest hit by the {{February 6, 2023}} earthquakes, and many
    residents still live in container cities. Experts say aftershocks of magnitude {{4 or
    more}} can be expected for years after a quake of that size.""",
)

item(
    "Morocco's dams less than a quarter full as drought enters sixth year",
    """Morocco's dams were {{23.2 percent}} full on Monday, compared with {{31.5 percent}} a year
    earlier, the water ministry said, as the kingdom faces a {{sixth}} consecutive year of
    drought. Rainfall since September has been {{53 percent}} below the average of the past
    {{30 years}}, the national meteorology directorate said. The Al Massira dam, the country's
    second largest, which supplies Casablanca, stands at {{1.4 percent}} of its capacity. The
    government has allocated {{10 billion dirhams}} to speed up the construction of
    desalination plants, which it wants to supply more than {{half}} of the country's drinking
    water by {{2030}}. Several cities, including Casablanca and Marrakech, have closed public
    baths {{three days}} a week to save water.""",
)

item(
    "Sicily and Calabria on red alert as Medicane approaches",
    """Italy's Civil Protection Department issued a red alert for eastern Sicily and southern
    Calabria for Tuesday as a Medicane approaches from the Ionian Sea, with winds of up to
    {{100 km/h}} and up to {{300 millimetres}} of rain expected in {{48 hours}}. Schools in
    Catania and Syracuse will stay closed on Tuesday and Wednesday, the mayors said.
    Forecasters said waves could reach {{6 metres}} along the coast between Messina and
    Syracuse. In October {{2021}}, Medicane Apollo dumped more than {{400mm}} of rain on the
    Catania area in {{three days}}. The regional government has asked residents of low-lying
    areas to move to upper floors and avoid underpasses from {{8pm}} on Monday.""",
)
