"""Floods and landslides where a war already is: Libya's Derna in 2023, the camps of Sudan,
South Sudan and eastern Chad, Somalia's Shabelle, Yemen's Marib and Hodeidah, Maiduguri's
Alau dam, Afghanistan's Baghlan, Gaza's tents, north-west Syria's camps, eastern DRC and
Dadaab (items with figures first, then three without)."""

from _wrap import item

item(
    "Derna death toll passes 5,000 as bodies wash ashore",
    """The death toll in the eastern Libyan city of Derna has risen to [[5,300|killed;a=an
    interior ministry official]], an interior ministry official in the eastern administration
    said on Wednesday. [[About 10,000 people|missing;a=the International Federation of Red
    Cross and Red Crescent Societies]] were still missing, according to the International
    Federation of Red Cross and Red Crescent Societies. The dams above the city burst after
    Storm Daniel dumped {{414 mm}} of rain on the Jebel Akhdar in {{24 hours}}.""",
)

item(
    "Divided Libya struggles to house Derna's homeless",
    """[[At least 30,000 people|displaced;a=The International Organization for Migration]] have
    been displaced in Derna alone, The International Organization for Migration said on Friday,
    many of them staying with relatives in Benghazi and Tobruk. A preliminary survey by the
    eastern government found [[891 buildings|housing;a=A preliminary survey by the eastern
    government]] destroyed outright and [[211|housing;u=structure;a=A preliminary survey by the
    eastern government]] partly damaged. Libya has had rival administrations in Tripoli and the
    east since {{2014}}.""",
)

item(
    "Libyan prosecutor detains officials over Derna dam collapse",
    """Libya's public prosecutor has ordered the detention of [[eight officials|arrested;a=the
    prosecutor's office]] in charge of the dams and the city's administration, the prosecutor's
    office said on Monday. Earlier, [[thousands of residents|other]] had gathered outside the
    Sahaba mosque demanding accountability, and protesters set fire to the mayor's house. The
    eastern authorities cut phone lines in the city for {{two days}} afterwards.""",
)

item(
    "Foreign divers recover bodies from the sea off Derna",
    """Search teams from Turkey, Egypt and the United Arab Emirates recovered [[more than 400
    bodies|killed;a=Libya's Red Crescent]] from the sea off Derna in the first week, Libya's
    Red Crescent said. [[Four Greek rescuers|killed]] and [[three Libyans|killed]] died when
    their vehicle collided with a car on the road from Benghazi. Al-Wahda hospital, already
    short of staff after years of war, was treating [[about 100 people a day|injured;a=Mohamed
    al-Qabaili]], said Mohamed al-Qabaili, its director.""",
)

item(
    "Bentiu camp lives behind dykes as floods enter a fourth year",
    """[[More than 140,000 people|displaced;a=OCHA]] now live in the Bentiu displacement camp
    and the settlements around it, OCHA said, most of them driven first by the civil war and
    then by the floods that have covered parts of Unity State since {{2019}}. Engineers are
    raising {{78 km}} of earthen dykes. [[Some 1.1 million people|civilians;v=1100000;a=the
    office;alt=OCHA]] across South Sudan have been affected by flooding this year, the office
    added.""",
)

item(
    "Floods and a cattle raid strike the same Jonglei county",
    """Floodwaters have displaced [[some 38,000 people|displaced;a=county officials]] in
    Jonglei's Ayod and Fangak counties since August, county officials said on Tuesday. In Ayod,
    armed youths raided a cattle camp on Saturday, killing [[27 people|killed;a=the county
    commissioner]] and taking [[about 3,000 cattle|other;a=the county commissioner]], the
    county commissioner said. [[Five|injured]] were flown to Juba for treatment.""",
)

item(
    "Rains swamp Renk transit centre crowded with people fleeing Sudan",
    """Heavy rain flooded the Renk transit centre on Sunday, where [[about 6,000
    people|displaced;a=UNHCR]] who fled the war in Sudan were waiting for onward transport,
    UNHCR said. [[More than 800,000 people|displaced;a=the agency;alt=UNHCR]] have crossed into
    South Sudan since {{April 2023}}, the agency said, [[over 540,000 of
    them|returned;n=-;a=the agency;alt=UNHCR]] South Sudanese going home to a country they had
    once fled.""",
)

item(
    "Dam collapse near Port Sudan sweeps away villages",
    """The Arbaat dam, {{40 km}} north of Port Sudan, burst after heavy rains on Sunday night,
    killing [[at least 30 people|killed;a=local officials]], local officials said. [[Around 20
    villages|other]] were swept away, and UN officials said [[up to 50,000
    people|civilians;a=UN officials]] living in the area had been affected. Port Sudan has been
    the seat of the army-backed government since fighting drove it out of Khartoum.""",
)

item(
    "Rains destroy shelters in camps around besieged El Fasher",
    """Heavy rains destroyed [[more than 5,000 shelters|housing;a=Doctors Without Borders]] in
    Zamzam and Abu Shouk camps outside El Fasher last week, Doctors Without Borders said, as
    the Rapid Support Forces kept up their shelling of the city. Shelling on Abu Shouk on
    Thursday killed [[11 people|killed;a=the local resistance committee]], the local resistance
    committee said. Flooded roads have cut the camps off from the market in Tawila.""",
)

item(
    "Chad floods hit camps sheltering Sudanese refugees",
    """Floods have killed [[576 people|killed;a=the government]] across Chad since July, the
    government said, and affected [[nearly 1.5 million|civilians;v=1500000;a=the government]].
    In Ouaddai province, which hosts [[more than 600,000 Sudanese refugees|displaced]], rains
    destroyed [[2,300 shelters|housing;a=UNHCR]] in the Adre and Farchana camps, according to
    UNHCR.""",
)

item(
    "El Nino floods displace hundreds of thousands in Somalia",
    """Flash and river floods have killed [[at least 96 people|killed;a=OCHA]] in Somalia since
    October and driven [[more than 700,000|displaced;a=OCHA]] from their homes, OCHA said on
    Tuesday. In Beledweyne the Shabelle river burst its banks, and [[some 250,000
    residents|displaced]] fled to higher ground. Aid agencies cannot reach [[at least 12
    villages|other;a=the office;alt=OCHA]] held by al-Shabaab in the Lower Juba valley, the
    office said.""",
)

item(
    "African Union troops ferry families out of flooded Beledweyne",
    """Djiboutian troops serving with the African Union mission evacuated [[more than 2,000
    residents|displaced;a=the mission]] of Beledweyne by boat over the weekend, the mission
    said. The Shabelle rose {{1.5 metres}} above its banks after rain in the Ethiopian
    highlands. [[About 270,000 people|displaced;a=the regional administration]] have left their
    homes in Hiraan, the regional administration said.""",
)

item(
    "Floods tear through displacement sites in Yemen's Marib",
    """Torrential rain and flash floods have damaged or destroyed shelters in [[73 displacement
    sites|housing;a=the International Organization for Migration]] in Marib governorate since
    late July, the International Organization for Migration said, affecting [[some 21,000
    households|civilians;a=the International Organization for Migration]]. Many of the families
    had fled front lines between the Houthis and government forces {{two or three times}}
    before the rains came.""",
)

item(
    "Floods kill dozens in Houthi-held Hodeidah",
    """Flash floods in Yemen's western province of Hodeidah have killed [[at least 57
    people|killed;a=the Houthi-run health ministry]], the Houthi-run health ministry said on
    Monday, and [[dozens|missing;u=person]] are missing. Torrents swept away [[more than 250
    homes|housing]] in Al-Mahwit and the Tihama plain, an area still seeded with landmines from
    the fighting of {{2018}}. A UN official said the floods had shifted mines into
    farmland.""",
)

item(
    "Flooded Maiduguri prison lets hundreds of inmates escape",
    """[[Two hundred and eighty-one inmates|other;a=the Nigerian Correctional Service]] escaped
    from a prison in Maiduguri after floodwaters brought down its walls, the Nigerian
    Correctional Service said on Sunday, among them suspected Boko Haram members.
    [[Seven|arrested;a=the service;alt=the Nigerian Correctional Service]] had been recaptured,
    the service said. The Alau dam collapse has displaced [[more than 400,000
    people|displaced;a=the state government]] in the city, according to the state
    government.""",
)

item(
    "Floods swamp Borno camps as insurgents strike nearby town",
    """Flooding has damaged [[some 6,800 shelters|housing;a=OCHA]] in displacement camps around
    Maiduguri, OCHA said, and cholera cases are rising in the crowded schools where families
    have moved. In Mafa, {{50 km}} away, Islamic State West Africa Province fighters killed
    [[at least nine soldiers|killed;a=security sources]] in an overnight raid on a base,
    security sources told Reuters.""",
)

item(
    "Flash floods kill hundreds in Afghanistan's Baghlan",
    """Flash floods in northern Afghanistan's Baghlan province have killed [[more than 300
    people|killed;a=the World Food Programme]] and destroyed [[over 1,000 houses|housing;a=the
    World Food Programme]], the World Food Programme said on Saturday. Many of the villages hit
    had taken in returnees from Iran and Pakistan. The Taliban's air force evacuated [[about
    100 injured|injured]] by helicopter.""",
)

item(
    "Rain floods tents of Gaza's displaced as strikes continue",
    """Heavy rain flooded tents sheltering displaced families in Deir al-Balah and Mawasi on
    Sunday, and UNRWA said [[about 10,000 tents|housing;a=UNRWA]] had been damaged or washed
    away. [[Some 1.9 million people|displaced;v=1900000;a=the agency;alt=UNRWA]], {{nine in
    ten}} of Gaza's population, have been displaced, according to the agency's figures. Israeli
    strikes on the same day killed [[at least 19 people|killed;a=the territory's health
    ministry]], the territory's health ministry said.""",
)

item(
    "Winter storm floods Gaza tents; children die of cold",
    """A winter storm brought down tents and flooded low-lying camps across the Gaza Strip this
    week, killing [[at least 13 people|killed;a=the civil defence]], the civil defence said,
    among them [[three children|killed;a=the civil defence]] who died of cold and [[four
    people|killed;a=the civil defence]] crushed when a bomb-damaged building collapsed on their
    shelter. The agency said [[more than 27,000 tents|housing;a=The agency;alt=the civil
    defence]] had been flooded.""",
)

item(
    "Snowstorm collapses tents in Idlib's camps",
    """Snow and freezing rain caused [[more than 1,000 tents|housing;a=the Syria Response
    Coordination Group]] to collapse in displacement camps across Idlib and northern Aleppo,
    the Syria Response Coordination Group said on Thursday. A {{seven-month-old}} girl died of
    the cold in a camp near Kafr Lusin. The camps along the Turkish border hold [[about 1.7
    million|displaced;v=1700000]] of the region's people, most of whom fled government
    offensives.""",
)

item(
    "Atmeh camps flooded for the second winter running",
    """Flooding in camps near Atmeh and Sarmada has affected [[more than 21,000
    people|civilians;a=the UN]] and destroyed or damaged [[about 1,400 tents|housing;a=the
    UN]], the UN said, with [[95 camps|housing]] hit across north-west Syria. Families who had
    fled the government offensive on southern Idlib in {{2020}} dug trenches around their tents
    with their hands.""",
)

item(
    "Landslides kill hundreds in eastern Congo's Kalehe",
    """Floods and landslides in the Kalehe territory of South Kivu have killed [[at least 401
    people|killed;a=the provincial government]], the provincial government said on Sunday,
    while [[more than 5,000|missing;a=the provincial government]] are unaccounted for. The
    villages of Bushushu and Nyamukubi were buried under mud. The province also hosts
    [[hundreds of thousands of people|displaced]] who have fled fighting between the army and
    armed groups.""",
)

item(
    "Floods leave tens of thousands homeless in Uvira",
    """The Mulongwe river burst its banks in the eastern Congolese town of Uvira overnight,
    killing [[at least 25 people|killed;a=the local Red Cross]], the local Red Cross said.
    [[Some 80,000 people|displaced;a=the mayor]] have been left homeless, the mayor said, and
    [[3,500 houses|housing;a=the mayor]] destroyed. Uvira had already received families fleeing
    clashes in the highlands of Fizi and Mwenga.""",
)

item(
    "Rains flood displacement sites around Goma",
    """Days of heavy rain have flooded displacement sites on the edge of Goma, where [[more
    than 600,000 people|displaced;a=the International Organization for Migration]] have sought
    shelter from fighting between the army and the {{M23}} rebels, the International
    Organization for Migration said on Wednesday. In the Bulengo site alone, [[a few thousand
    makeshift shelters|housing;a=camp managers]] were flooded, camp managers said. [[Two
    children|killed]] drowned in a drainage ditch.""",
)

item(
    "Dadaab refugees flooded out of their shelters",
    """Floods in north-eastern Kenya have forced [[more than 20,000
    refugees|displaced;a=UNHCR]] in the Dadaab camps to leave their shelters for higher ground,
    UNHCR said, many of them Somalis who fled the war and drought at home. Latrines collapsed
    across the Dagahaley and Ifo camps, and [[over 1,200 latrines|other;a=the
    agency;alt=UNHCR]] need replacing, the agency said.""",
)

item(
    "Floods hit the Ethiopian camps of Somali refugees at Dolo Ado",
    """The Genale river flooded parts of the Dolo Ado refugee camps in Ethiopia's Somali region
    on Friday, washing away [[some 3,000 shelters|housing;a=camp officials]], camp officials
    said. [[The five camps|capacity]] host [[about 215,000 Somali refugees|displaced]]. The
    Ethiopian authorities relocated [[750 households|displaced]] to a school on higher
    ground.""",
)

# ------------------------------------------------------------------ without figures

item(
    "Derna dams had not been maintained for decades, audit shows",
    """Derna's dams, built by a Yugoslav company in the {{1970s}}, held about {{18 million
    cubic metres}} of water, and an audit in {{2021}} found that money allotted for their
    upkeep in {{2012}} and {{2013}} had not been spent. The larger Abu Mansour dam was {{75
    metres}} high. Repairs stopped when war broke out in {{2011}}.""",
)

item(
    "Forecasters warn of more rain over South Sudan's flooded north",
    """The IGAD Climate Prediction and Applications Centre forecast {{up to 200 mm}} of rain
    over Unity and Upper Nile states between {{10 and 20 August}}, {{40 percent}} above the
    seasonal average. Water in the Sudd has stayed high since {{2019}}, the {{fifth}} wet year
    in a row. The White Nile at Malakal rose {{30 cm}} in a week.""",
)

item(
    "Somalia floods follow five failed rainy seasons",
    """The Gu and Deyr rains failed {{five}} times in a row between {{2020}} and {{2022}},
    leaving soils baked hard, and the rains of October brought {{more than 300 mm}} in places
    within {{a fortnight}}. The government declared a state of emergency on {{12 November}} and
    asked donors for {{$300 million}}.""",
)
