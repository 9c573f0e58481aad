"""The flight and the national picture: the crossings to South Sudan, Egypt, Libya, Ethiopia,
Uganda, the Central African Republic and Chad, returns, the UN's national counts, contested
tolls, the missing and the released, and the aid pipeline (14 texts with figures, 2 without)."""

from _wrap import item

item(
    "Joda crossing into South Sudan sees new surge",
    """[[More than 1,500 people a day|displaced;a=UNHCR]] are crossing from Sudan's White Nile
    state into South Sudan at Joda, UNHCR said on {{Tuesday}}, up from [[about 400 a
    day|displaced;a=UNHCR;n=-]] in {{March}}. {{About 60 percent}} of them are South Sudanese returnees
    who had lived in Khartoum, the agency said, the rest Sudanese refugees. The transit centre in
    Renk, built for [[3,000 people|capacity;a=the agency;alt=UNHCR]], is holding [[more than
    11,000|displaced;a=the agency;alt=UNHCR;n=-]], the agency said. IOM said it had moved
    [[2,500 returnees|returned;a=IOM]] onward by barge and road to Malakal and Juba this month
    and plans to move [[between 6,000 and 8,000 more|returned;a=IOM;p]] before the rains. South
    Sudan's relief commission said [[at least 14 people|killed;a=South Sudan's relief
    commission]], most of them small children, had died of cholera and measles in the Renk
    centre since {{April}}. In all, [[nearly 1.2 million people|displaced;a=UNHCR]] have crossed
    into South Sudan since the war began, according to UNHCR.""",
)

item(
    "Egypt arrests Sudanese refugees in Cairo sweeps",
    """Egyptian police have arrested [[at least 260 Sudanese refugees|arrested;a=Amnesty
    International]] in raids on neighbourhoods of Cairo and Giza since {{January}}, Amnesty
    International said, and deported [[about 800|returned;a=Amnesty International;n=-]] across
    the land border at Arqin. Most had no residence permits, which now cost {{$1,000}} a year.
    The rights group said [[12 children|arrested;a=The rights group;alt=Amnesty International]]
    were held with adults in a police station in Aswan for {{three weeks}}. Egypt says it hosts
    [[about 1.5 million Sudanese|displaced;a=Egypt]] who arrived since {{April 2023}} and
    [[some 4 million|civilians;a=Egypt;n=-]] who settled earlier. UNHCR said it had registered [[more than 690,000 Sudanese|displaced;a=UNHCR]] in
    Egypt, and that [[up to 2,000 asylum-seekers a
    day|displaced;a=UNHCR]] were queueing at its
    Cairo office. The foreign ministry said those deported had entered "irregularly".""",
)

item(
    "Trains carry Sudanese home from Aswan",
    """[[More than 200,000 Sudanese|returned;a=the Sudanese consulate in Aswan]] have crossed back
    from Egypt through the Arqin and Qustul crossings this year, the Sudanese consulate in Aswan
    said. The consulate expects [[up to 500,000|returned;a=The consulate;alt=the Sudanese
    consulate in Aswan;p;n=-]] by the end of the year. Egypt's national railway has run free
    trains from Cairo to Aswan since {{July}}, and [[about 35,000 people|returned;a=the
    railway]] have used them so far, the railway said. Each train carries [[some 1,000
    passengers|returned]] on the {{20-hour}} journey. In Wadi Halfa, local authorities said
    [[nearly 6,000 returnees|displaced;a=local authorities]] were stranded waiting for buses
    south, sleeping in the station and [[two schools|capacity]]. "My house in Bahri was looted
    but it is mine," said Mohamed Salih, {{58}}, a retired engineer travelling with [[11 members
    of his family|returned;a=Mohamed Salih;n=members]]. The Sudanese government said it would
    provide [[300 buses|aid;a=The Sudanese government;p]] for the onward trip to Khartoum.""",
)

item(
    "Sudanese refugees stranded in Kufra",
    """[[More than 240,000 Sudanese|displaced;a=the IOM]] have entered Libya since the war began,
    most through the desert crossing to Kufra, according to the IOM. In Kufra itself, a town of
    [[about 60,000 residents|civilians;a=local officials]], [[at least 40,000 refugees|displaced;a=local officials]] are sheltering in schools, farms and unfinished buildings, local officials
    said. The municipality has opened [[four shelters|capacity;a=The municipality]] with space for
    [[2,400 people|capacity;a=The municipality]]. Many try to go on to the coast. On {{Sunday}}
    a boat carrying Sudanese and Chadian migrants sank off Tobruk. The Libyan
    Red Crescent said [[13 survivors|other;a=The Libyan
    Red Crescent]] were rescued, [[seven
    bodies|killed;a=The Libyan
    Red Crescent]] recovered and [[54 people|missing;a=The Libyan
    Red Crescent]] were missing. Libyan authorities have detained [[about 1,400 Sudanese|arrested;a=rights groups]] in migrant prisons in the east, rights groups say.""",
)

item(
    "Refugees leave Ethiopian camps after gunmen attack",
    """[[About 1,000 Sudanese refugees|displaced;a=UNHCR]] walked out of the Kumer and Awlala camps
    in Ethiopia's Amhara region on {{Wednesday}} after repeated attacks by armed men, UNHCR said,
    and were camped by the road {{10 km}} away. The camps held [[about 8,000
    refugees|displaced]] in total. Refugees said [[two men|killed;a=Refugees]] had been
    shot dead and [[at least 20 refugees|kidnapped;a=Refugees]] abducted for ransom in the past
    month. The agency said it planned to relocate the group to a new site at Aftit, which can
    take [[up to 15,000 people|capacity;a=The agency;alt=UNHCR;p]]. Ethiopian police said they had
    arrested [[six suspects|arrested;a=Ethiopian police]]. [[More than 50,000 people|displaced]]
    have crossed from Sudan into Ethiopia at Metema since {{April 2023}}, [[some 20,000|returned]]
    of them Ethiopians returning home.""",
)

item(
    "UN appeals for aid to 20.9 million people in Sudan",
    """The United Nations said [[30.4 million people|civilians;a=The United Nations]] in Sudan
    need humanitarian aid this year, more than half the population, and appealed for {{$4.2
    billion}} to reach [[20.9 million of them|aid;a=The United Nations;p;n=-]]. OCHA said
    [[11.6 million people|displaced;a=OCHA]] were displaced inside the country and [[3.9
    million|displaced;a=OCHA;n=-]] had fled abroad. [[About 24.6 million|civilians;n=-]]
    face acute hunger, including [[637,000 people|civilians]] in famine conditions in
    parts of Darfur and Kordofan. The office said [[17 million children|civilians;a=The office;alt=OCHA]] were out
    of school. Last year's appeal was only {{64%}} funded. Aid agencies reached [[15.6 million
    people|aid;a=the office;alt=OCHA]] in {{2025}}, the office said.""",
)

item(
    "IOM counts returns as displacement eases in the centre",
    """[[About 2.6 million people|returned;a=The International Organization for Migration]] have
    returned to their areas of origin in Sudan, mostly to Khartoum, Gezira and Sennar, The
    International Organization for Migration said in its latest update. Displacement inside the
    country fell to [[9.6 million|displaced;n=-]]
    from a peak of [[11.8 million|displaced;n=-]]
    at the start of the year. But in Darfur and Kordofan [[at least 400,000 people|displaced;a=the
    agency;alt=The International Organization for Migration]] were newly displaced in the past
    {{three months}}, the agency said. It counted [[more than 13,000 displacement
    sites|capacity;a=The International Organization for Migration]] across the country,
    [[about 4,300|capacity;a=The International Organization for Migration;n=-;u=structure]] of
    them schools or other public buildings. [[Over 520,000 households|returned;a=a separate survey]] returning to
    Khartoum state have found damaged homes, according to a separate survey.""",
)

item(
    "Researchers say Sudan's war dead far exceed official count",
    """Researchers at the London School of Hygiene and Tropical Medicine estimated that [[more than
    61,000 people|killed;a=Researchers at the London School of Hygiene and Tropical Medicine]]
    died in Khartoum state alone in the first {{14 months}} of the war, [[about 26,000|killed;a=Researchers at the London School of Hygiene and Tropical
    Medicine;n=-]] of them as a direct
    result of violence. The Armed Conflict Location and Event Data Project has recorded [[at
    least 28,700 deaths|killed;a=The Armed Conflict Location and Event Data Project]] from
    reported violence across Sudan, a figure its analysts say is an undercount. The former US
    envoy Tom Perriello said in {{2024}} that [[as many as 150,000 people|killed;a=The former US
    envoy Tom Perriello]] may have been killed. The health ministry has not updated its count of
    [[about 19,000|killed;a=The health ministry;n=-]] since {{2024}}. Disease and hunger killed [[about 35,000 others|killed;a=the
    researchers;alt=Researchers at the London School of Hygiene and Tropical Medicine]] in the
    capital, the researchers said. [[Tens of thousands|injured]] more have been wounded. The study, published in {{2024}}, found that {{90%}} of deaths in
    Khartoum had gone unrecorded.""",
)

item(
    "Uganda's Kiryandongo settlement stretched by Sudanese arrivals",
    """[[Over 70,000 Sudanese refugees|displaced;a=Uganda's Office of the Prime Minister]] have
    arrived in Uganda since {{2023}}, Uganda's Office of the Prime Minister said, most of them
    now in the Kiryandongo settlement. [[Between 600 and 900 people|displaced;a=the office;alt=Uganda's Office of the Prime Minister]] arrive
    each week at the Nyakabande and Kiryandongo reception centres, the office said. The
    settlement has land for [[about 5,000 more households|capacity;a=UNHCR]], according to
    UNHCR. WFP cut rations for [[1.6 million refugees|aid;a=WFP]] in Uganda in {{July}}, saying
    it had received only {{20%}} of the money it needed. Sudanese students make up [[about 3,500
    of the settlement's pupils|other]]. Clinics have treated [[hundreds of new
    arrivals|injured;a=aid workers]] for war wounds, aid workers said.""",
)

item(
    "Refugees flee Darfur for CAR's remote north-east",
    """[[About 20,000 Sudanese|displaced;a=UNHCR]] have crossed into the Central African Republic's
    Vakaga prefecture since the RSF took over South Darfur, UNHCR said, many of them Fur and
    Masalit families from around Nyala. [[Some 6,500|displaced;a=the agency;alt=UNHCR;n=-]] are in
    a camp outside Birao, the agency said, and it is {{twice}} over capacity. The camp
    was built for [[3,000 people|capacity]]. MINUSCA peacekeepers said they had deployed [[150
    troops|combatants;a=MINUSCA peacekeepers]] to the area after clashes between Sudanese armed
    men and local militias. The clashes killed [[at least nine people|killed;a=a local official]], a local official
    said. Aid groups deliver food by air, with [[two flights a week|aid]] from
    Bangui, and [[about 1,200 households|aid]] received rations in {{June}}.""",
)

item(
    "Red Cross tracing requests for Sudan's missing pass 8,000",
    """The International Committee of the Red Cross said it had registered [[more than 8,000
    people|missing;a=The International Committee of the Red Cross]] reported missing by their
    families since the war began, [[about 1,100|missing;a=The International Committee of the Red
    Cross;n=-]] of them children. Its volunteers with the Sudanese Red Crescent have restored
    contact for [[around 2,300 families|other]] separated by the fighting. The ICRC said it was
    also searching for [[hundreds of combatants|missing;a=The ICRC]] whose fate was unknown to
    their families on both sides. In El Fasher alone, the Sudanese Red Crescent said [[at least
    5,000 residents|missing;a=the Sudanese Red Crescent]] were missing after the RSF takeover.
    The ICRC's head of
    delegation said [[up to 200 more people|missing;a=The ICRC's head of delegation]] were being
    reported missing every {{week}}.""",
)

item(
    "ICRC oversees release of detainees in Jeddah process",
    """The International Committee of the Red Cross said it had facilitated the release of [[125
    detainees|other;a=The International Committee of the Red Cross]] held by the RSF, who were
    flown from Nyala to Port Sudan on {{Sunday}}. The army freed [[76 RSF members|other;a=The army]]
    in return, the army said. It was the largest exchange of the war. The RSF said it still held
    [[more than 3,000 soldiers|arrested;a=The RSF]] and that the army held [[over 5,000 of its
    fighters|arrested;a=The RSF]] and supporters. The ICRC said [[three detainees|killed;a=The
    ICRC]] had died in custody {{days}} before the handover. [[Four elderly men|other]] were too
    sick to travel and were left in Nyala hospital. Mediators said talks on a {{second}} exchange
    would begin in {{two weeks}}.""",
)

item(
    "WFP says aid through Adre reaches record levels",
    """The World Food Programme said [[1,100 trucks|aid;a=The World Food Programme]] had crossed
    from Chad into Darfur through the Adre border point since it reopened in {{August}}, carrying
    [[about 32,000 tonnes|aid;a=The World Food Programme]] of food. The agency said it reached
    [[4 million people|aid;a=The agency;alt=The World Food Programme]] across Sudan in {{May}}, and
    aims to reach [[up to 7 million a month|aid;a=The agency;alt=The World Food Programme;p;n=-]]
    by the lean season. [[At least 35 trucks|aid;a=OCHA]] have been looted or attacked since
    {{January}}, OCHA said, and [[12 drivers|killed;a=OCHA]] killed. The army-backed government
    agreed to keep Adre open for another {{three months}}. Convoys of [[up to 60 trucks a
    day|aid]] wait at the crossing.""",
)

item(
    "Chad opens new camps as El Fasher survivors reach Tine",
    """[[About 19,000 refugees|displaced;a=UNHCR]] from El Fasher have reached Tine and Kariari in
    eastern Chad since the city fell, UNHCR said, many of them men who escaped through RSF
    lines. [[At least 1,800|injured;a=MSF;n=-]] had been treated for gunshot wounds at the Tine
    hospital, MSF said. Chad's refugee commission said it was building [[two new camps|capacity;
    a=Chad's refugee commission;p]] in Wadi Fira to take [[40,000 to 50,000 people|capacity;a=Chad's
    refugee commission;p]]. [[Roughly 1.3 million Sudanese|displaced;a=UNHCR]] now live in Chad,
    according to UNHCR, on top of [[400,000|displaced;a=UNHCR;n=-]] who fled earlier crises. Survivors
    said [[dozens of people|missing;a=Survivors]] from their groups went missing on the way, and
    that [[at least 60 young men|kidnapped;a=Survivors]] were taken away at RSF checkpoints.""",
)

item(
    "London conference pledges fall short of Sudan needs",
    """Donors pledged {{£800 million}} for Sudan at a conference in London on {{April 15}}, the
    {{second}} anniversary of the war, well short of the {{$4.2 billion}} the UN had sought for
    the year. Britain pledged {{£120 million}}, the European Union {{€522 million}} and Germany
    {{€125 million}}. The conference failed to agree
    a joint statement on a ceasefire. The UN's appeal for {{2024}} was {{72%}} funded by December,
    and only {{10%}} of the {{2025}} appeal had been received by mid-April.""",
)

item(
    "Quad proposes three-month truce for Sudan",
    """The United States, Saudi Arabia, Egypt and the United Arab Emirates proposed a
    {{three-month}} humanitarian truce in Sudan on {{September 12}}, to be followed by a
    {{nine-month}} transition to civilian rule. The plan was the {{fourth}} attempt at a
    ceasefire since talks in Jeddah in {{May 2023}}. The RSF said it accepted the proposal in
    {{November}}; the army said it would respond within {{72 hours}} but later rejected it.
    Previous truces collapsed within {{days}}. The army chief, General Abdel Fattah al-Burhan, is
    {{65}}; the RSF leader, Mohamed Hamdan Dagalo, is about {{50}}.""",
)
