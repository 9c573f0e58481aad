"""Items: floods, landslides and cholera in Sudan's war and its camps, floods and raids in South
Sudan, and Somalia's droughts and floods amid al-Shabaab."""

from _wrap import item

item(
    "Arbaat dam bursts north of Port Sudan",
    """The Arbaat dam, about {{40 kilometres}} north of Port Sudan, burst on {{August 25}} after
    heavy rain, flooding [[some 20 villages|other]] in the valley below. Local officials said
    [[at least 30 people|killed;a=Local officials]] had died and that [[between 150 and
    200|missing;a=Local officials]] were missing. OCHA said [[about 50,000 people|civilians;
    a=OCHA]] were affected and [[some 10,000|displaced;a=OCHA]] had fled to higher ground, while
    [[hundreds of homes|housing;a=OCHA]] were destroyed. Port Sudan, where the army-backed
    government moved after the war began in {{April 2023}}, hosts [[more than 240,000 displaced
    people|displaced;a=the International Organization for Migration]], according to the
    International Organization for Migration. The reservoir supplied drinking water to [[roughly
    400,000 residents|civilians]] of the city.""",
)

item(
    "Rain floods Zamzam camp as famine and siege tighten",
    """Heavy rain flooded parts of Zamzam camp outside El Fasher this week, destroying [[about
    1,500 shelters|housing;a=Doctors Without Borders]] and [[more than 100 latrines|other;
    a=Doctors Without Borders]], Doctors Without Borders said. The camp holds [[an estimated
    500,000 people|displaced]], and a famine was declared there on {{August 1}}. MSF said
    [[at least 13 children a day|killed;a=MSF]] were dying of malnutrition or disease. [[Hundreds
    of Rapid Support Forces fighters|combatants]] surround El Fasher. Residents said the fighters had
    abducted [[at least 20 women|kidnapped;a=Residents]] collecting firewood outside the camp.
    Only [[two trucks|aid;a=the World Food Programme]] of food have reached Zamzam since {{May}},
    the World Food Programme said. It plans to reach [[100,000 people|aid;a=the World Food
    Programme;p]] there once the roads dry.""",
)

item(
    "Cholera spreads in Tawila as El Fasher's displaced pour in",
    """Tawila, a town in North Darfur held by a neutral armed group, has taken in [[more than
    380,000 people|displaced;a=the UN]] who fled El Fasher and Zamzam since {{April}}, the UN
    says. Doctors Without Borders said it had treated [[about 2,300 cholera patients|other;
    a=Doctors Without Borders]] there in {{four weeks}}, and that [[at least 40|killed;
    a=Doctors Without Borders]] had died. Its treatment centre was built for [[up to 200
    patients|capacity]] and is full. Sudan's health ministry has recorded [[over 100,000
    cases|other;a=Sudan's health ministry]] and [[2,470 deaths|killed;a=Sudan's health
    ministry]] nationwide since {{July 2024}}. WHO said [[1.4 million doses|aid;a=WHO;p]] of oral
    vaccine would be sent to Darfur, where fighting has cut roads for {{months}}. Aid workers
    said [[some 6,000 families|displaced;a=Aid workers]] were sleeping in the open.""",
)

item(
    "Landslide buries Jebel Marra village held by rebels",
    """A landslide after days of heavy rain buried the village of Tarasin in Sudan's Jebel Marra
    mountains on {{August 31}}, and the Sudan Liberation Movement-Abdel Wahid, which controls
    the area, said [[about 1,000 people|killed;a=the Sudan Liberation Movement-Abdel Wahid]] had
    been killed and that [[only one villager|other;a=the Sudan Liberation Movement-Abdel
    Wahid]] survived. UN officials put the toll
    lower, at [[between 300 and 375|killed;a=UN officials]]. Rescuers working with hand tools had
    recovered [[more than 370 bodies|killed;a=the group;alt=the Sudan Liberation
    Movement-Abdel Wahid]] by {{September 4}}, the group said. The landslide buried [[about 150
    homes|housing]]. Jebel Marra has taken in [[hundreds of thousands of people|displaced]]
    fleeing fighting between the army and the Rapid Support Forces around El Fasher. Aid groups
    said [[five trucks|aid;a=Aid groups;p]] were expected to reach the area within {{a
    week}}.""",
)

item(
    "Peacekeepers shore up dykes around flooded Bentiu camp",
    """Bentiu's displacement camp, ringed by earth dykes in a sea of floodwater, now holds [[about
    140,000 people|displaced;a=the UN Mission in South Sudan]], the UN Mission in South Sudan
    said, though it was built for [[no more than 120,000|capacity;a=the UN Mission in South Sudan]]. The mission said [[250
    peacekeepers|combatants;a=The mission;alt=the UN Mission in South Sudan]] from Pakistan and
    Bangladesh were working day and night to raise the dykes. Floods since {{2019}} have
    displaced [[more than 400,000 people|displaced;a=OCHA]] in Unity state, according to OCHA,
    and killed [[some 300,000 cattle|other;a=OCHA]]. [[Thousands of families|displaced]] live on
    patches of dry land reachable only by canoe. The camp began as a UN protection site for
    civilians fleeing the civil war of {{2013}} to {{2018}}, which killed [[an estimated
    400,000 people|killed]].""",
)

item(
    "Cholera and floods hit returnees crowding Renk",
    """[[More than 800,000 people|returned;a=the International Organization for Migration]] have
    crossed from Sudan into South Sudan since the war there began in {{April 2023}}, most of
    them South Sudanese returning home, the International Organization for Migration said. At
    Renk, the transit centre built for [[about 3,000 people|capacity;a=aid workers]] holds [[up
    to 20,000|displaced;a=aid workers]] on some days, aid workers said. Health officials said
    [[1,200 cholera cases|other;a=Health officials]] and [[37 deaths|killed;a=Health
    officials]] had been recorded in Renk county since {{October}}. Floods along the White Nile
    have displaced [[between 15,000 and 20,000 people|displaced]] in Upper Nile state. UNHCR said
    it planned to move [[4,000 people a week|returned;a=UNHCR;p]] by boat to their home areas in
    Malakal and beyond.""",
)

item(
    "Raiders abduct women and children in flood-hit Jonglei",
    """Armed youths from the Greater Pibor Administrative Area raided cattle camps in Jonglei
    state on {{Sunday}}, killing [[32 people|killed;a=local officials]] and abducting [[17
    women and children|kidnapped;a=local officials;n=women and children]], local officials
    said. They said [[about 2,000 head of cattle|other;a=local officials;n=cattle]] were taken.
    [[Some 65 wounded|injured;a=the hospital director in Bor;n=-]] were brought to Bor hospital,
    the hospital director in Bor said. The raids come as floods have displaced [[more than
    379,000 people|displaced;a=OCHA]] in Jonglei, according to OCHA, pushing herders and their
    animals onto the same strips of high ground. The state government said [[nine of its 11
    counties|other;a=The state government;v=9]] were flooded. UNMISS said it had sent [[150
    peacekeepers|combatants;a=UNMISS]] to Gumuruk.""",
)

item(
    "Drought drives half a million people into Baidoa",
    """[[Some 500,000 people|displaced;a=local officials]] have fled to Baidoa since the rains
    failed, many of them walking for days from villages under al-Shabaab control, local
    officials said. UNICEF said [[more than 730 children|killed;a=UNICEF]] had died in nutrition
    centres across Somalia between {{January}} and {{July}}. The government said [[about 3
    million livestock|other;a=The government]] had died. The World Food Programme said it had
    reached [[4.3 million people|aid;a=The World Food Programme]] in {{August}}, but that
    [[up to 81,000 people|civilians;a=The World Food Programme;p]] could face famine by the end
    of the year. The Somali army and clan militias, backed by [[some 19,000 African Union
    troops|combatants]], are fighting al-Shabaab in Hiraan and Middle Shabelle.""",
)

item(
    "Shabelle floods force Beledweyne residents to flee",
    """The Shabelle river burst its banks at Beledweyne on {{May 14}}, forcing [[about 250,000
    people|displaced;a=OCHA]] from their homes, OCHA said. The UN agency said [[22 people|killed;
    a=The UN agency;alt=OCHA]] had died in floods across Somalia. The Hiraan regional governor
    said soldiers using boats had rescued [[some 1,500 people|other;a=The Hiraan regional
    governor]] trapped on rooftops, and that [[11 people|injured;a=The Hiraan regional
    governor]] were hurt when a boat capsized. Residents said water covered {{about 90 percent}}
    of the town. [[Hundreds of thousands|civilians;a=aid agencies]] more in Hiraan and Middle Shabelle were
    affected, aid agencies said, in a region where the army has been fighting al-Shabaab since
    {{2022}}. The agency said [[about 2,000 families|displaced;a=The agency;alt=OCHA]] were
    sheltering in [[14 schools|capacity;a=The agency;alt=OCHA]] on higher ground.""",
)

item(
    "El Nino floods displace over a million Somalis",
    """Floods along the Juba and Shabelle rivers have killed [[at least 96 people|killed;a=Somalia's
    disaster management agency]] and displaced [[1.2m|displaced;a=Somalia's disaster management
    agency]], Somalia's disaster management agency said. It said [[more than 2.4 million
    people|civilians;a=Somalia's disaster management agency]] were affected and expected [[up
    to 1.6 million|civilians;a=Somalia's disaster management agency;p]] to need help into the new
    year. African Union helicopters rescued [[more than 300 people|other;a=ATMIS]] in Luuq and
    Bardheere, ATMIS said. In Luuq, [[about 1,200 homes|housing]] were flooded. Aid agencies said
    they could not reach [[eight districts|other;a=Aid agencies]] along the Juba valley controlled by
    al-Shabaab.""",
)

item(
    "Al-Shabaab seizes food trucks and abducts drivers",
    """Al-Shabaab fighters stopped [[three trucks|aid;a=police]] carrying food for drought-hit
    families near Afgoye on {{Tuesday}} and abducted [[two drivers|kidnapped;a=police]], police
    said. Police later arrested [[five suspects|arrested]] in a raid on a nearby village. The
    UN says [[at least 19 aid workers|killed;a=The UN]] have been killed in Somalia since
    {{2022}}. The World Food Programme suspended road deliveries to [[four districts|other;a=The
    World Food Programme]] after the attack, it said. [[Some 900,000 people|civilians;a=OCHA]]
    live in areas under al-Shabaab control that aid cannot reach, OCHA estimates.""",
)

item(
    "Dadaab floods send refugees to higher ground as returns slow",
    """Floods in Kenya's Dadaab refugee camps have displaced [[about 20,000 refugees|displaced;
    a=UNHCR]], UNHCR said, and destroyed [[more than 200 latrines|other;a=UNHCR]]. The camps were
    built for [[90,000 people|capacity;a=the agency;alt=UNHCR]] in the {{1990s}} but now hold [[more than 370,000|displaced;
    a=the agency;alt=UNHCR]], most of them Somalis who fled war and drought, the agency said. Only
    [[about 2,100 Somali refugees|returned;a=the agency;alt=UNHCR]] have signed up this year to
    go home to Kismayo and Baidoa under a voluntary return programme, it said, and [[1,000
    more|returned;a=UNHCR;p;n=-]] are expected before {{December}}. Kenya said in {{2021}} it
    would close the camps, then delayed. [[Some 1,500 families|displaced;a=camp leaders]] in
    Dagahaley camp moved to higher ground this week, camp leaders said.""",
)

item(
    "Floods wash away refugee shelters in eastern Chad",
    """Floods in eastern Chad have destroyed [[about 1,300 shelters|housing;a=UNHCR]] in camps
    for Sudanese refugees, UNHCR said on {{August 20}}. Chad hosts [[more than 600,000 Sudanese
    refugees|displaced;a=UNHCR]] who fled the war, most of them from West Darfur. Chad's
    government said [[14 people|killed;a=Chad's government]] had died in floods nationwide. After
    the Adre crossing reopened, [[131 trucks|aid;a=OCHA]] crossed into Darfur in the first week,
    OCHA said. UNHCR plans to relocate [[2,500 refugees|displaced;a=UNHCR;p]] from flooded
    transit sites near Adre to Dougui, a new camp built for [[50,000 people|capacity;a=UNHCR]].""",
)

item(
    "Cholera follows returnees to Khartoum",
    """[[More than 1.3 million people|returned;a=the International Organization for Migration]]
    have returned to homes in Khartoum, Gezira and Sennar since the army retook them, the
    International Organization for Migration said. Many found no water or power. Health
    officials said [[over 7,700 cholera cases|other;a=Health officials]] and [[about 60
    deaths|killed;a=Health officials]] were recorded in Khartoum state in a single week in
    {{June}}. Authorities in Khartoum detained [[dozens of people|arrested;a=rights groups]] accused of
    collaborating with the Rapid Support Forces, rights groups said. The war has killed [[tens
    of thousands|killed;a=the UN]] and displaced [[more than 12 million|displaced;a=the UN]], the UN says,
    and [[almost 25 million|civilians;a=the UN]] face acute hunger.""",
)

item(
    "Deyr rains too late for Somalia's drought-hit south",
    """The Deyr rains of {{October to December}} delivered less than {{half}} the usual rainfall
    over much of southern Somalia, after {{four failed seasons}} in a row, FEWS NET said. Some
    stations in Bay and Bakool recorded under {{50 millimetres}}, against a long-term average of
    about {{150 millimetres}}. Parts of the region remain in IPC {{Phase 4}}, with pockets of
    {{Phase 5}}. The {{2022}} humanitarian response plan for Somalia sought {{$2.26 billion}} and
    was about {{70 percent}} funded by {{November}}. Sorghum prices in Baidoa were {{160
    percent}} above the five-year average.""",
)

item(
    "Nile at Khartoum nears record as war empties gauging stations",
    """The Blue Nile at Khartoum rose to {{17.4 metres}} on {{September 3}}, close to the record
    of {{17.6 metres}} set in {{2020}}, the irrigation ministry said, although many of its
    gauging stations have not reported since {{April 2023}}. Flows from the Grand Ethiopian
    Renaissance Dam were about {{700 million cubic metres}} a day in late {{August}}. Rainfall in
    Kassala and Gedaref was {{30 to 50 percent}} above normal for the season. The ministry said
    repairs to the Merowe dam's control systems, damaged by drone strikes, would cost about
    {{$40 million}}.""",
)
