"""Wildfires, heat waves, cold snaps and drought: Maui, Chile, Greece, Canada, Australia, Los
Angeles, Turkey, Syria, Pakistan, India, the hajj, Europe, Mali, British Columbia, Afghanistan,
the Horn of Africa."""

from _wrap import item

item(
    "Lahaina fire: Maui toll rises to 114",
    """The death toll from the wildfire that destroyed the historic town of Lahaina on Maui rose
    to [[114|killed;a=Hawaii Governor Josh Green]], Hawaii Governor Josh Green said, making it
    the deadliest US wildfire in more than {{a century}}. He said [[as many as 850 people|missing;
    a=Hawaii Governor Josh Green]] remained unaccounted for. Officials said [[more than 2,200
    structures|housing;a=Officials]] had been damaged or destroyed, {{86%}} of them
    residential.""",
)

item(
    "Displaced Maui families moved into hotels",
    """The American Red Cross said [[about 6,000 people|displaced;a=The American Red Cross]]
    displaced by the Lahaina fire were staying in [[30 hotels|capacity;a=The American Red Cross;
    u=structure]] across the island. FEMA said it had approved aid for [[more than 3,800
    households|aid;a=FEMA]].""",
)

item(
    "Chile wildfires: Vina del Mar toll rises to 131",
    """The death toll from wildfires around Vina del Mar rose to [[131|killed;a=Chile's legal
    medical service]] on Wednesday, Chile's legal medical service said. Officials said [[about
    370 people|missing;a=Officials]] were still missing and [[about 15,000 homes|housing;
    a=Officials]] had been damaged or destroyed. President Gabriel Boric declared {{two days}} of
    national mourning, and [[1,300 soldiers|combatants]] were deployed to the area.""",
)

item(
    "Bodies of 18 found in Greek forest fire near Turkish border",
    """Greek firefighters found the charred bodies of [[18 people|killed;a=the fire service]],
    believed to be migrants who had crossed from Turkey, in a forest near Alexandroupolis, the
    fire service said. The blaze had burned for {{four days}}. [[Some 1,200 residents|displaced]]
    of nearby villages and [[65 patients|displaced]] at Alexandroupolis hospital had been
    evacuated.""",
)

item(
    "Rhodes fires force largest evacuation in Greek history",
    """[[About 19,000 people|displaced;a=the government]], most of them tourists, were evacuated
    from beaches and hotels on Rhodes as wildfires spread, the government said. Tour operators
    flew [[thousands of holidaymakers|returned]] home on extra flights. Firefighters battled
    [[more than 50 wildfires|other;u=other]] across the country as temperatures reached
    {{45C}}.""",
)

item(
    "Canada's wildfire season forces Yellowknife out",
    """Authorities ordered the [[20,000 residents|displaced;p]] of Yellowknife to leave by noon on
    Friday as a wildfire approached the capital of the Northwest Territories. [[More than 1,000
    wildfires|other;u=other]] were burning across Canada, [[about 230|other;u=other]] of them in
    the territories. Fires have burned {{more than 13.7 million hectares}} this year.""",
)

item(
    "Australia's bushfires: homes lost mount in New South Wales",
    """The NSW Rural Fire Service said [[more than 1,300 homes|housing;a=The NSW Rural Fire
    Service]] had been destroyed in the state since the fire season began, and [[at least 24
    people|killed]] have died across Australia. Ecologists at the University of Sydney estimated
    that [[about 480 million animals|other;a=Ecologists at the University of Sydney;u=other]]
    had been killed in New South Wales. Fires have burned {{more than 5 million hectares}}.""",
)

item(
    "Los Angeles fires: evacuation orders cover 180,000",
    """Evacuation orders covered [[more than 180,000 people|displaced;a=Sheriff Robert Luna;p]] in
    Los Angeles County on Thursday, and [[at least 10 people|killed;a=Sheriff Robert Luna]] had
    died, Sheriff Robert Luna said. Cal Fire said [[more than 10,000 structures|housing;a=Cal
    Fire]] had been destroyed by the Palisades and Eaton fires, which have burned {{more than
    36,000 acres}}.""",
)

item(
    "Karachi heatwave: Edhi says morgue is full",
    """The Edhi Foundation said it had received [[568 bodies|killed;a=The Edhi Foundation]] at its
    Karachi morgue in {{four days}} as temperatures reached {{44.8C}}. Jinnah Postgraduate
    Medical Centre said it had treated [[more than 2,000 patients|injured;a=Jinnah Postgraduate
    Medical Centre]] for heatstroke and dehydration.""",
)

item(
    "Polling staff among heat deaths in northern India",
    """[[At least 33 polling staff|killed;a=election officials]] died of suspected heatstroke in
    Uttar Pradesh, Bihar and Odisha on the last day of voting, election officials said, as
    temperatures topped {{45C}}. India's health ministry said [[more than 40,000 people|injured;
    a=India's health ministry]] had been treated for suspected heatstroke since {{March 1}}.""",
)

item(
    "Hajj deaths pass 1,300 amid extreme heat",
    """Saudi Arabia said [[1,301 people|killed;a=Saudi Arabia]] died during this year's hajj,
    {{83%}} of them pilgrims without official permits, as temperatures in Mecca reached
    {{51.8C}}. Egypt's government said [[more than 600 Egyptian pilgrims|killed;a=Egypt's
    government]] had died. Saudi health authorities said they had treated [[more than 2,700
    pilgrims|injured;a=Saudi health authorities]] for heat exhaustion.""",
)

item(
    "Heat killed more than 47,000 in Europe last year, study estimates",
    """Heat caused [[an estimated 47,690 deaths|killed;a=the Barcelona Institute for Global
    Health]] in Europe in {{2023}}, the Barcelona Institute for Global Health said on Monday, the
    {{second}} highest toll of the decade after [[more than 60,000|killed;a=the Barcelona Institute for Global Health]] heat deaths in
    {{2022}}. Greece had the highest rate, with {{393 deaths per million}} people.""",
)

item(
    "Drought kills millions of livestock in the Horn of Africa",
    """FAO said [[more than 9.5 million livestock|other;a=FAO]] had died across Ethiopia, Kenya
    and Somalia since the rains failed for a {{fifth}} consecutive season. In Somalia, [[about
    1.4 million people|displaced;a=the UN refugee agency]] had been displaced by drought, the UN
    refugee agency said.""",
)

item(
    "Afghan cold snap kills 166, Taliban ministry says",
    """[[At least 166 people|killed;a=the Taliban's disaster management ministry]] have died in a
    cold snap across Afghanistan, the Taliban's disaster management ministry said, with
    temperatures falling to {{minus 33C}} in central provinces. It said [[nearly 80,000
    livestock|other;a=the Taliban's disaster management ministry]] had also died.""",
)

item(
    "Turkey's coastal wildfires: tourists evacuated by sea",
    """Coastguard boats evacuated [[more than 1,000 people|displaced;a=officials]] from beaches
    near Bodrum as wildfires reached the coast, while in Manavgat [[eight people|killed;
    a=officials]] were killed, officials said. Agriculture Minister Bekir Pakdemirli said [[more
    than 180 fires|other;a=Agriculture Minister Bekir Pakdemirli;u=other]] had broken out in
    {{10 days}}, and that all but [[nine|other;a=Agriculture Minister Bekir Pakdemirli;u=other]]
    were under control.""",
)

item(
    "British Columbia coroner reports surge in sudden deaths during heat dome",
    """British Columbia's chief coroner said [[719 sudden deaths|killed;a=British Columbia's chief
    coroner]] were reported in the province in {{seven days}}, {{about three times}} the usual
    number, as the village of Lytton recorded {{49.6C}}. A wildfire destroyed most of Lytton a
    day later, killing [[two people|killed]] and forcing its [[about 250 residents|displaced]] to
    flee.""",
)

item(
    "Latakia fires: unexploded shells hamper firefighters",
    """Wildfires in Syria's coastal Latakia province have burned for {{more than a week}} and
    forced [[about 1,120 people|displaced;a=the UN]] from their homes in [[more than 60
    villages|other;a=the UN]], the UN said, while unexploded ordnance left by the war slowed
    firefighters. Syria's emergency minister said the fires had burned {{about 14,000
    hectares}} of forest.""",
)

item(
    "Bamako hospital records spike in deaths during heatwave",
    """The Gabriel Toure hospital in Bamako recorded [[102 deaths|killed;a=The Gabriel Toure
    hospital in Bamako]] in the first {{four days}} of April, compared with [[130|killed;a=The
    Gabriel Toure hospital in Bamako]] in the whole of April {{2023}}, as temperatures topped
    {{48C}} in the Malian capital.""",
)

item(
    "Delhi station records 52.9C, sensor questioned",
    """A weather station in Delhi's Mungeshpur recorded {{52.9C}} on {{May 29}}, which would be
    India's highest reading ever, but the India Meteorological Department said the sensor may
    have been off by {{about 3C}}. Power demand in the capital hit a record {{8,302 MW}} the
    same day, and parts of the city faced water rationing for {{two weeks}}.""",
)

item(
    "Maui wildfire damage estimated at $5.5 billion",
    """Rebuilding Lahaina will cost {{about $5.5 billion}}, the Pacific Disaster Center estimated.
    The fire was driven by winds gusting up to {{80 mph}} from Hurricane Dora, which passed
    {{about 700 miles}} to the south, and burned {{2,170 acres}}. Hawaii's electric utility
    agreed in {{2024}} to pay {{$1.99 billion}} towards a settlement.""",
)
