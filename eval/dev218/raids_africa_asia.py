"""Drone and air strikes on towns, markets, camps and villages in Sudan, Ethiopia, Libya,
Nigeria, Myanmar and Afghanistan (2019-2025): 14 texts with figures, 2 without."""

from _wrap import item

item(
    "Drones hit Port Sudan for sixth day as UN weighs moving staff",
    """Drones struck Port Sudan for a {{sixth}} straight day on {{May 9}}, setting fire to [[three fuel tanks|other;u=other;a=residents]] near the port and damaging the city's main power station, residents said.
    The army, which blames the Rapid Support Forces, said it had shot down [[11 drones|other;a=The
    army]] over the city. [[Three civilians|injured;a=a local health official]] were wounded, a local
    health official said. The Red Sea city had become a refuge for [[hundreds of thousands of
    displaced people|displaced]] since the war began in {{April 2023}}. [[About 40 families|displaced;
    a=the city's humanitarian aid commission]] living near the naval base moved out, the city's
    humanitarian aid commission said, and the UN said it was considering relocating [[as many as 150
    staff|displaced;p;a=the UN]] to Kassala.""",
)

item(
    "RSF drone kills worshippers at dawn prayers in El Fasher",
    """A drone struck a mosque in El Fasher's Abu Shouk district during dawn prayers on {{Friday}},
    killing [[about 75 worshippers|killed;a=the local Emergency Response Room]], the local Emergency
    Response Room said. [[At least 20 people|injured]] were wounded. The army-aligned governor of
    Darfur blamed the Rapid Support Forces, which have besieged the city since {{May 2024}} with
    [[thousands of fighters|combatants]]. The UN says [[about 260,000 people|civilians;a=The UN]],
    {{half}} of them children, are trapped in the city with almost no food. [[More than 1,500
    families|displaced;a=the International Organization for Migration]] fled the nearby Abu Shouk camp
    for Tawila that week, according to the International Organization for Migration. The Sudan Doctors
    Network said RSF fighters had abducted [[at least 30 people|kidnapped;a=The Sudan Doctors
    Network]] trying to leave the city.""",
)

item(
    "Airstrike on Kabkabiya market leaves more than 100 dead",
    """An airstrike by the Sudanese army on the weekly market in Kabkabiya, in North Darfur, killed
    [[more than 100 people|killed;a=Emergency Lawyers]], the rights group Emergency Lawyers said on
    {{December 10}}. Local volunteers said [[40 to 50 people|missing;a=Local volunteers]] were still
    unaccounted for and that [[hundreds|injured;a=Local volunteers]] had been wounded, many
    of them treated in a single clinic with no surgeon. [[At least 70 shops|housing;a=witnesses]]
    burned down, witnesses said. The army said it had struck RSF positions and supply lines in the
    town. The market draws traders from [[some 20 villages|other;a=the army;u=other]] around
    Kabkabiya, the army said.""",
)

item(
    "Khartoum's returnees rebuild amid RSF drone attacks",
    """[[More than 400,000 people|returned;a=the International Organization for Migration]] have
    returned to Khartoum state since the army retook the capital in {{March}}, the International Organization for Migration said, and it expects [[another
    1 million people|returned;p;a=the International Organization for Migration]] to go back by the end
    of the year. But RSF drones still strike the city. A drone attack on a market
    in Omdurman on {{Saturday}} killed [[about 50 people|killed;a=the health ministry]], the health
    ministry said, and destroyed [[about 30 houses|housing;a=the health ministry]] nearby. Volunteers of the Emergency
    Response Rooms say their communal kitchens serve [[about 8,000 meals a day|aid;a=Volunteers of
    the Emergency Response Rooms]] in Omdurman alone. Families in Omdurman's western districts say the
    RSF still holds [[dozens of residents|kidnapped;a=Families in Omdurman's western districts]]
    seized when its fighters withdrew.""",
)

item(
    "Drone strikes on Merowe dam plunge northern Sudan into darkness",
    """Drones struck the transformer station of the Merowe dam on {{January 13}}, killing [[two
    workers|killed;a=the national electricity company]] and cutting power to Northern, River Nile and
    Khartoum states, the national electricity company said. The army said it
    had downed [[at least 15 drones|other;a=The army]], blaming the Rapid Support Forces. In Omdurman,
    [[about 2.5 million residents|civilians;a=local officials]] lost running water as [[17 pumping
    stations|other;a=local officials;u=other]] stopped, local officials said. Hospitals in Atbara switched to generators, and the health ministry
    said [[two hospitals|other;a=the health ministry]] had suspended surgery. Engineers restored
    supplies to [[about 400,000 households|civilians;a=the company;alt=the national electricity
    company]] within {{two days}}, the company said.""",
)

item(
    "RSF raid on Gezira village leaves 124 dead and scores abducted",
    """Rapid Support Forces fighters attacked the village of Al-Sireha in Gezira state after drones hit
    it on {{October 25}}, killing [[124 people|killed;a=the Wad Madani Resistance Committee]],
    according to the Wad Madani Resistance Committee. The committee said the fighters abducted [[about
    150 villagers|kidnapped;a=The committee]] and looted homes. Among those abducted were [[about
    40 women|kidnapped;a=The committee;alt=the Wad Madani Resistance Committee]], it said, and [[more than
    200 people|injured;a=The committee;alt=the Wad Madani Resistance Committee]] were wounded. [[More than 46,000 people|displaced;
    a=the International Organization for Migration]] fled eastern Gezira in {{a week}}, the
    International Organization for Migration said. Local activists said [[more than 30 villages|other;
    a=Local activists]] had been burned or looted. The RSF said it had killed [[dozens of militia fighters|killed;a=The RSF]] in the area.""",
)

item(
    "Junta airstrike on Pazigyi ceremony kills scores",
    """A Myanmar air force jet bombed a crowd in the village of Pazigyi, in the Sagaing region, on
    {{April 11, 2023}}, and a helicopter gunship then fired on survivors, witnesses said. [[About 300
    people|civilians]] had gathered for the opening of a local office of the opposition
    administration. The opposition National Unity Government said [[about 170 people|killed;a=The
    opposition National Unity Government]] had been killed, including [[about 40 children|killed;
    a=The opposition National Unity Government]]. Junta spokesman Zaw Min Tun confirmed the strike
    and said members of the People's Defence Force were among the dead. Rescuers said they had recovered [[about 100
    bodies|killed;a=Rescuers]] by nightfall, and [[at least 30 wounded|injured;a=Rescuers]]
    were carried to clinics in neighbouring villages. [[Hundreds of villagers|displaced]] fled into the
    forest.""",
)

item(
    "Helicopters fire on monastery school in Sagaing",
    """Myanmar army helicopters fired on a monastery school in the village of Let Yet Kone on
    {{September 16, 2022}}, killing [[at least 13 people|killed;a=the school's administrator]],
    [[seven of them children|killed;a=the school's administrator;n=children]], the school's
    administrator said. Troops who landed afterwards detained [[more than 30 villagers|arrested;
    a=villagers]], villagers said, and took away the bodies. UNICEF said [[at least 17 children|missing;
    a=UNICEF]] were still missing. The school had [[about 240 pupils|other]] enrolled. The military
    said rebels had been hiding in the village.""",
)

item(
    "Airstrikes on Rakhine hospital as Arakan Army tightens grip",
    """A junta airstrike on the general hospital in Mrauk-U killed [[33 people|killed;a=the Arakan
    Army]] and injured [[more than 70|injured;a=the Arakan Army]], the Arakan Army said. Another strike
    on Kyauktaw hit [[two monasteries|housing;u=structure]] where [[about 300 displaced people|displaced]] were
    sheltering. The Arakan Army, which controls most of Rakhine state, says the junta keeps [[about
    1,000 troops|combatants;a=The Arakan Army]] in the state capital, Sittwe. UNHCR said [[about
    400,000 people|displaced;a=UNHCR]] were displaced in the state, many in [[about 70 displacement
    camps|capacity;a=UNHCR]]. Local officials said [[about 2,000 residents|returned;a=Local
    officials]] had gone back to Kyauktaw in {{November}}.""",
)

item(
    "Military drone strike on Nigerian village celebration kills 85",
    """An army drone strike on a religious gathering in the village of Tudun Biri, in Kaduna state,
    killed [[85 people|killed;a=the National Emergency Management Agency]], the National Emergency
    Management Agency said on {{December 5, 2023}}. [[Sixty-six|injured;n=-]] were injured. The army said the strike had been meant for [[about 200
    bandits|combatants;a=The army]] it believed were massing nearby. Local leaders said [[about 1,000
    people|civilians;a=Local leaders]] had gathered to celebrate the Prophet's birthday. In neighbouring
    Zamfara, where air force jets regularly strike bandit camps, gangs are still holding [[at least 30
    hostages|kidnapped;a=police]], police said, and the army said it had rescued [[14 others|kidnapped;a=the army;n=-]] last
    week.""",
)

item(
    "Drone strike on Dedebit camp kills dozens of displaced people",
    """A drone strike hit a camp for displaced people in Dedebit, in north-western Tigray, killing [[56
    people|killed;a=aid workers]] and injuring [[30|injured;a=aid workers]], aid workers said. The camp
    sheltered [[about 3,000 displaced people|displaced;a=aid workers]] who had fled fighting
    in western Tigray, they said. The UN human rights office said drone and air strikes in Tigray had
    killed [[at least 108 civilians|killed;a=The UN human rights office]] in the {{first week of
    January}} alone. Aid agencies said only [[15 to 20 trucks|aid;a=Aid agencies]] of food had
    reached the region in {{three months}}.""",
)

item(
    "Ethiopian drone strike on Amhara town as state of emergency bites",
    """A drone strike on a bus station in the Amhara town of Finote Selam killed [[at least 26
    people|killed;a=the Ethiopian Human Rights Commission]], the Ethiopian Human Rights Commission
    said. Residents said [[about 55|injured;a=Residents]] were injured. The federal government has
    declared a state of emergency for {{six months}} and, the commission said, arrested [[more than
    1,000 people|arrested;a=the commission;alt=the Ethiopian Human Rights Commission]] in Addis Ababa
    and Amhara. Fano militia leaders claim to command [[tens of thousands of fighters|combatants;
    a=Fano militia leaders]]. [[About 1,300 students|displaced;a=university officials]] were
    evacuated from Bahir Dar University, university officials said.""",
)

item(
    "Airstrike on Tajoura detention centre kills dozens of migrants",
    """An airstrike hit a hangar at the Tajoura migrant detention centre east of Tripoli late on
    {{July 2, 2019}}, killing [[at least 53 migrants|killed;a=the UN]] and injuring [[more than
    130|injured;a=the UN]], the UN said. The centre held [[about 600 migrants|arrested;a=UNHCR]], most
    of them from Sudan, Eritrea and Somalia, UNHCR said, [[as many as 120|arrested;a=UNHCR]] of them in
    the hangar that was hit. The government in Tripoli blamed forces loyal to Khalifa Haftar, who
    denied it. [[Hundreds of survivors|displaced]] later walked to a UNHCR facility in the city. The
    IOM said [[about 5,700 migrants|arrested;a=The IOM]] were held in detention centres across Libya.""",
)

item(
    "Pakistani airstrikes in Afghanistan's Paktika kill 46, Taliban say",
    """Pakistani airstrikes on the Barmal district of Afghanistan's Paktika province killed [[46
    people|killed;a=the Taliban government]], most of them women and children, the Taliban government
    said on {{December 25, 2024}}. [[Six others|injured;n=-]] were injured.
    Pakistani security officials said the strikes targeted camps of the Pakistani Taliban and killed
    [[about 20 militants|killed;a=Pakistani security officials]]. A UN monitoring team estimates that
    the group has [[about 6,500 fighters|combatants;a=A UN monitoring team]] in Afghanistan. [[About
    3,000 families|displaced;a=local officials]] fled villages in Barmal, local officials said.
    Pakistan has sent back [[more than 800,000 Afghans|returned;a=the UN]] since late {{2023}},
    according to the UN.""",
)

item(
    "Sudan's drone war: longer range, higher stakes",
    """The Rapid Support Forces began hitting Port Sudan in {{May 2025}} with long-range drones that can
    fly more than {{1,500 km}}, analysts at the Sudan Conflict Observatory said. The army has used
    Turkish-made {{TB2}} and Iranian {{Mohajer-6}} drones since {{2024}}, flying at up to {{7,000
    metres}}. A single long-range drone can cost up to {{$1 million}}. The attacks on Port Sudan came
    {{two years}} into the war, and the RSF denied any role.""",
)

item(
    "Myanmar's junta turns to the air as it loses ground",
    """Myanmar's military has lost control of about {{42%}} of the country's territory since the
    coup of {{February 1, 2021}}, the BBC estimated in {{2024}}, and relies ever more on its air force.
    Its Russian-made {{Yak-130}} jets and {{Mi-35}} helicopters fly from bases outside the reach of
    resistance forces. The UN special rapporteur said in {{2025}} that airstrikes had risen
    {{fivefold}} in {{two years}}. Myanmar has been under military rule for most of the period since
    {{1962}}.""",
)
