"""dev74 items: South Sudan, the DRC, Ethiopia, Somalia and the Sahel (2015-2025)."""

from _wrap import item

item(
    "Renk transit centre overwhelmed as arrivals from Sudan continue",
    """UNHCR and the IOM said [[more than 1.1 million people|displaced;a=UNHCR and the IOM]] had
    crossed into South Sudan from Sudan since {{April 2023}}, [[about 800,000 of them|returned;
    n=-;a=UNHCR and the IOM]] South Sudanese returnees. The transit centre at Renk, built for
    [[3,000 people|capacity;a=the IOM]], was holding [[more than 12,000|displaced;a=the IOM]],
    the IOM said.""",
)

item(
    "South Sudan's worst cholera outbreak",
    """South Sudan's health ministry said it had recorded [[more than 80,000 cholera
    cases|other;a=South Sudan's health ministry]] and [[1,300 deaths|killed;a=South Sudan's
    health ministry]] since {{September 2024}}. The WHO said [[5.4 million doses|aid;a=The WHO]]
    of oral vaccine had been used in [[45 counties|other;a=The WHO]], {{a third}} of the
    country's total.""",
)

item(
    "Fighting in Nasir forces tens of thousands to flee",
    """OCHA said [[about 50,000 people|displaced;a=OCHA]] had fled fighting around Nasir and
    Ulang in Upper Nile since {{March}}, [[up to 23,000 of them|displaced;n=-;a=OCHA]] into
    Ethiopia's Gambella region. [[A UN crew member|killed;v=1;q=exact]] was killed when a
    helicopter evacuating wounded soldiers came under fire on {{March 7}}.""",
)

item(
    "IPC: 7.7 million South Sudanese face acute hunger in lean season",
    """The IPC projected that [[7.7 million people|civilians;p;a=The IPC]], or {{57%}} of the
    population, would face {{Phase 3}} or worse between {{April}} and {{July}}, and that
    [[83,000|civilians;p;a=The IPC]] in Nasir, Ulang and Fangak would face catastrophe ({{Phase
    5}}). UNICEF said [[2.3 million children|civilians;p;a=UNICEF]] were at risk of acute
    malnutrition this year.""",
)

item(
    "Attacks on aid workers rise in South Sudan",
    """OCHA recorded [[42 access incidents|other;u=other;a=OCHA]] in South Sudan in {{May}}, in
    which [[two aid workers|killed;a=OCHA]] were killed, [[five|kidnapped;a=OCHA]] were abducted
    and [[four|arrested;a=OCHA]] were detained by authorities. [[Nine trucks|aid]] carrying food
    were looted on the Juba-Bor road in a single ambush.""",
)

item(
    "Goma fighting leaves thousands dead",
    """The UN said [[about 3,000 people|killed;a=The UN]] were killed in the fighting for Goma
    in late {{January}}, as the {{M23}} rebels took the city. The ICRC said hospitals it
    supports in Goma had treated [[more than 600 wounded|injured;a=The ICRC]] in {{four days}},
    and Red Cross volunteers buried [[about 2,000 bodies|killed]].""",
)

item(
    "M23 orders displacement sites around Goma closed",
    """The {{M23}} ordered the closure of the displacement sites around Goma, which had housed
    [[about 400,000 people|displaced;a=UNHCR]], UNHCR said. [[More than 110,000
    people|returned;a=the agency;alt=UNHCR]] had left the sites to go back to Masisi and
    Rutshuru, the agency said, many to homes that had been destroyed.""",
)

item(
    "MSF treats hundreds for measles in Ituri camps",
    """MSF said it treated [[more than 1,100 children|aid;a=MSF]] for measles in displacement
    camps around Bunia between {{June}} and {{August}}, and vaccinated [[45,000 children|aid;
    a=MSF]] aged {{six months to 14 years}}. [[Twenty-three children|killed;a=MSF]] died, it
    said.""",
)

item(
    "Record displacement in eastern Congo",
    """The IOM said [[7.8 million people|displaced;a=The IOM]] were internally displaced in the
    Democratic Republic of Congo, a record, [[6.9 million|displaced;a=The IOM]] of them in the
    eastern provinces of North Kivu, South Kivu, Ituri and Tanganyika. [[About 25.6
    million|civilians;a=the IPC]] Congolese faced acute food insecurity, according to the IPC.""",
)

item(
    "Militia attack on Ituri displacement site",
    """[[At least 51 people|killed;a=the local civil society]] were killed when CODECO
    militiamen attacked the Lala displacement site in Djugu territory on {{the night of June
    11}}, the local civil society said. [[About 30|injured;a=MONUSCO]] were wounded and [[more
    than 200 shelters|housing;a=MONUSCO]] burned, according to MONUSCO.""",
)

item(
    "Tigray: five million need food aid, 400,000 in famine conditions",
    """OCHA said [[5.2 million people|civilians;a=OCHA]] in Tigray needed food aid and
    [[400,000|civilians;a=OCHA]] were living in famine-like conditions. Since {{July 12}},
    [[only nine trucks|aid;a=OCHA]] had reached the region, it said, against [[100 trucks a
    day|aid;p;a=OCHA]] needed.""",
)

item(
    "First convoy in months reaches Mekelle",
    """A convoy of [[more than 150 trucks|aid;a=the World Food Programme]] carrying [[2,000
    tonnes|aid;a=the World Food Programme]] of food reached Mekelle on {{Friday}}, the first
    since {{mid-December}}, the World Food Programme said. It plans to send [[another 500 trucks
    a week|aid;p;a=the World Food Programme]] if the truce holds.""",
)

item(
    "Health facilities attacked in Amhara",
    """The WHO said [[at least 40 health facilities|housing;a=The WHO]] in Amhara had been
    looted or damaged since fighting between federal forces and Fano militias began in {{August
    2023}}. [[Three health workers|killed;a=The WHO]] were killed and [[11
    ambulances|other;a=The WHO]] seized, it said.""",
)

item(
    "Food aid resumes in Ethiopia after diversion inquiry",
    """The World Food Programme resumed food distributions in Ethiopia in {{December 2023}}
    after a pause of {{about five months}} over the diversion of donated grain. USAID, which had
    paused in {{June}}, cited the {{2022}} Pretoria agreement and new tracking of deliveries.
    The country's {{2024}} appeal of {{$3.24 billion}} was less than {{30%}} funded.""",
)

item(
    "Somalia: 4.4 million face crisis hunger",
    """The IPC said [[4.4 million people|civilians;a=The IPC]] in Somalia faced {{Phase 3}} or
    worse from {{April}}, as failed rains compounded displacement from fighting against
    al-Shabaab. [[About 1.7 million children|civilians;p;a=The IPC]] {{under five}} were
    expected to be acutely malnourished over the year, [[466,000 of them|civilians;p;n=-;a=The
    IPC]] severely, it said.""",
)

item(
    "Evictions from Baidoa and Mogadishu camps",
    """The Norwegian Refugee Council said [[more than 30,000 people|displaced;a=The Norwegian
    Refugee Council]] were evicted from displacement sites in Baidoa and Mogadishu in
    {{January}}, often by landlords. Baidoa alone has [[more than 500 sites|capacity;a=the local
    authorities]] for [[about 900,000 displaced people|displaced;a=the local authorities]],
    according to the local authorities.""",
)

item(
    "Airlift to besieged Hudur",
    """The World Food Programme said it had airlifted [[90 tonnes|aid;a=The World Food
    Programme]] of food into Hudur, where al-Shabaab has blocked the roads for {{more than a
    decade}}. [[Some 40,000 residents|civilians;a=district officials]] depend on flights,
    district officials said, and a sack of rice costs {{three times}} the price in Baidoa.""",
)

item(
    "Displaced flee offensive in Middle Shabelle",
    """[[Tens of thousands of people|displaced;a=OCHA]] fled villages in Middle Shabelle after
    al-Shabaab retook [[five towns|other;u=other;a=OCHA]] from government forces, OCHA said.
    [[Between 7,000 and 8,000 families|displaced;a=local officials]] arrived in Balcad in {{two
    weeks}}, local officials told Reuters, where [[only three water points|aid;u=other]] were
    working.""",
)

item(
    "Somalia appeal launched with funding falling",
    """Somalia's humanitarian response plan for {{2025}} seeks {{$1.42 billion}}, against {{$1.6
    billion}} in {{2024}}, when only {{43%}} was received. Agencies warned that malnutrition
    rates in parts of Bay and Bakool exceeded the emergency threshold of {{15%}}.""",
)

item(
    "Djibo: a town under blockade",
    """[[More than 2 million people|civilians;a=the Norwegian Refugee Council]] live in [[about
    40 towns|civilians;u=other;a=the Norwegian Refugee Council]] besieged by jihadist groups in
    Burkina Faso, the Norwegian Refugee Council said, [[about 300,000|civilians;a=the Norwegian
    Refugee Council]] in Djibo alone. WFP helicopters flew in [[70 tonnes|aid;a=WFP]] of food in
    {{June}}, WFP said.""",
)

item(
    "Supply convoy ambushed on Djibo road",
    """[[Eleven soldiers|killed;a=the army]] were killed and [[50 civilians|missing;a=the army]]
    were missing after an attack on a supply convoy near Gaskindé on {{September 26}}, the army
    said. The convoy of [[about 150 vehicles|other]] was carrying food to Djibo. [[Some 70
    trucks|other]] were burned, drivers' unions said.""",
)

item(
    "Schools shut across Mali and Niger",
    """UNICEF said [[more than 1,700 schools|other;a=UNICEF]] in Mali were closed because of
    insecurity, affecting [[about 500,000 children|civilians;a=UNICEF]]. In Niger's Tillabéri
    region, [[890 schools|other;a=the education ministry]] had shut, the education ministry
    said.""",
)

item(
    "Ménaka: displaced flock to the town",
    """[[About 30,000 people|displaced;a=the IOM]] arrived in Ménaka town in {{three months}},
    fleeing attacks by Islamic State Sahel Province, the IOM said. [[At least 300
    civilians|killed; a=Human Rights Watch]] were killed in the region over the same period,
    according to Human Rights Watch. Aid agencies built [[200-250 latrines|aid]] and handed out
    [[1,200 shelter kits|aid]].""",
)

item(
    "Niger: displaced in Tillabéri",
    """UNHCR said [[about 400,000 people|displaced;a=UNHCR]] were internally displaced in Niger,
    {{nearly a quarter}} of them in Tillabéri. Armed men killed [[at least 44
    worshippers|killed;a=the government]] in a mosque in Fambita on {{March 21}}, the government
    said, and [[about 1,500 families|displaced;a=local officials]] have since left the commune,
    according to local officials.""",
)

item(
    "Sexual violence surges in camps around Goma",
    """MSF said its teams had treated [[more than 17,000 survivors|aid;a=MSF]] of sexual
    violence in and around the displacement camps of Goma in {{the first five months}} of the
    year, [[about 70 a day|aid;n=-;a=MSF]]. Most were attacked while looking for firewood
    outside the camps, the charity said.""",
)
