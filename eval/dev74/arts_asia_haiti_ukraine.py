"""dev74 items: Afghanistan, Myanmar, Haiti and Ukraine (2015-2025)."""

from _wrap import item

item(
    "Record returns to Afghanistan from Iran and Pakistan",
    """The IOM said [[more than 1.5 million Afghans|returned;a=The IOM]] had returned or been
    deported from Iran and Pakistan since {{January}}, [[about 500,000|returned;a=The IOM]] of
    them in {{June}} alone. At the peak, [[up to 30,000 people a day|returned;a=Taliban
    officials]] crossed at Islam Qala, Taliban officials said, where aid groups set up [[40
    tents|aid]] and [[two mobile clinics|aid;u=structure]].""",
)

item(
    "Afghanistan plan targets 16.8 million of 22.9 million in need",
    """The UN said [[22.9 million people|civilians;a=The UN]] in Afghanistan would need
    humanitarian aid in {{2025}}, and that its plan of {{$2.42 billion}} aimed to reach [[16.8
    million|aid;p;a=The UN]] of them. [[About 3.5 million children|civilians;a=UNICEF]] {{under
    five}} were acutely malnourished, UNICEF said.""",
)

item(
    "WFP cuts food aid to millions of Afghans",
    """The World Food Programme said it had been forced to cut [[10 million people|aid;a=The
    World Food Programme]] from its food assistance in Afghanistan since {{2023}} and could now
    help [[only 1 million|aid;a=The World Food Programme]] a month. It said [[9.5 million
    Afghans|civilians;a=The World Food Programme]] faced {{Phase 3}} or worse, [[2.5 million of
    them|civilians;n=-;a=The World Food Programme]] in emergency.""",
)

item(
    "Fighting displaces half a million Afghans before Taliban takeover",
    """UNHCR said [[about 550,000 Afghans|displaced;a=UNHCR]] had been displaced by fighting
    since {{January}}, {{nearly 80%}} of them women and children, as the Taliban took [[dozens
    of district centres|other;u=other;a=UNHCR]]. In Kabul, [[several thousand people|displaced;
    a=city officials]] were camped in parks, city officials said.""",
)

item(
    "Aid groups suspend work after Taliban bar women staff",
    """[[At least 150 NGOs|other;u=other;a=OCHA]] suspended all or part of their work in
    Afghanistan after the Taliban barred Afghan women from working for them on {{December 24}},
    OCHA said. Save the Children, the NRC and CARE, which had jointly reached [[more than 7
    million people|aid;a=Save the Children, the NRC and CARE]] the year before, said they could
    not run programmes without their [[3,000 female staff|other;a=Save the Children, the NRC and
    CARE]].""",
)

item(
    "Haiti's displaced pass one million",
    """The IOM said [[more than 1 million people|displaced;a=The IOM]] were displaced in Haiti,
    {{three times}} as many as a year earlier, [[about 200,000|displaced;a=The IOM]] of them
    living in [[246 sites|capacity;a=The IOM]] in the Port-au-Prince area. [[More than 60,000
    people|displaced;a=The IOM]] fled Mirebalais and Saut-d'Eau after gangs attacked in
    {{April}}, it said.""",
)

item(
    "Famine pockets in Haiti's displacement sites",
    """The IPC said [[5.7 million Haitians|civilians;a=The IPC]], about {{half}} the population,
    faced {{Phase 3}} or worse, and [[8,400 people|civilians;a=The IPC]] in displacement sites
    of Port-au-Prince faced catastrophe ({{Phase 5}}). UNICEF said [[about 129,000
    children|civilians;p;a=UNICEF]] were expected to suffer severe acute malnutrition this year.""",
)

item(
    "Cholera returns to Port-au-Prince sites",
    """MSF said it had treated [[more than 400 patients|aid;a=MSF]] for cholera at its centre in
    Port-au-Prince in {{two weeks}}, most from displacement sites where {{one latrine serves 600
    people}}. The health ministry counted [[1,700 suspected cases|other;a=The health ministry]]
    and [[48 deaths|killed;a=The health ministry]] nationwide since {{October}}.""",
)

item(
    "Haiti: hospitals closed as gangs advance",
    """The WHO said [[only 24 of the 60 main health facilities|other;n=facilities;a=The WHO]] in
    Port-au-Prince were fully working, and the State University Hospital had been shut since
    {{March}}. MSF closed its emergency centre in Turgeau after [[two of its
    staff|injured;a=MSF]] were shot, MSF said.""",
)

item(
    "Schools as shelters in Port-au-Prince",
    """UNICEF said [[about 90 schools|capacity;a=UNICEF]] in the capital were being used as
    displacement sites and [[more than 1,000 others|other;u=structure;a=UNICEF]] had closed
    because of the violence, leaving [[about 300,000 children|civilians;a=UNICEF]] out of class.""",
)

item(
    "WFP hot meals for Haiti's displaced",
    """The World Food Programme said it served [[about 800,000 hot meals|aid;a=The World Food
    Programme]] in displacement sites in Port-au-Prince in {{March}} and gave cash to [[12,000
    families|aid;a=The World Food Programme]]. With roads cut, it flies supplies on [[two
    helicopters|aid;a=The World Food Programme]] from Cap-Haïtien.""",
)

item(
    "Pont-Sondé massacre displaces thousands",
    """[[At least 115 people|killed;a=the UN human rights office]] were killed when the Gran
    Grif gang attacked Pont-Sondé in the Artibonite, the UN human rights office said. The IOM
    said [[more than 6,270 people|displaced;a=The IOM]] fled to Saint-Marc, where [[as many as
    30 wounded|injured;a=The IOM]] were treated at the hospital, and [[45 homes|housing;a=The
    IOM]] were burned, it said.""",
)

item(
    "Myanmar's displaced reach 3.5 million",
    """UNHCR said [[3.5 million people|displaced;a=UNHCR]] were internally displaced in Myanmar,
    [[more than 3.2 million|displaced;a=UNHCR]] of them since the military coup of {{February 1,
    2021}}. Data for Myanmar, a research group, said [[more than 100,000 homes|housing;a=Data
    for Myanmar]] had been burned since the coup.""",
)

item(
    "UNDP warns of famine in Rakhine",
    """The UN Development Programme warned that [[2 million people|civilians;p;a=The UN
    Development Programme]] in Rakhine state could face famine conditions by mid-year, as trade
    routes stayed closed. Rice production had fallen to {{20%}} of what the state needs, it
    said, and the IRC said [[only three of its clinics|other;a=the IRC]] in the north were still
    open.""",
)

item(
    "New Rohingya arrivals in Cox's Bazar camps",
    """UNHCR said [[about 150,000 Rohingya|displaced;a=UNHCR]] had arrived in Bangladesh in {{18
    months}}, fleeing fighting in Rakhine. The camps around Cox's Bazar already host [[more than
    1 million refugees|displaced;a=the agency;alt=UNHCR]] in [[33 camps|capacity;a=the
    agency;alt=UNHCR]], the agency said. A fire in {{Camp 26}} destroyed [[several hundred
    shelters|housing]] on {{Sunday}}.""",
)

item(
    "Airstrike on school in Sagaing kills students",
    """[[At least 20 students|killed;a=the National Unity Government]] and [[two
    teachers|killed; a=the National Unity Government]] were killed when a military jet bombed a
    school in Tabayin township on {{May 12}}, the National Unity Government said. UNICEF said
    [[more than 50 schools|housing;a=UNICEF]] had been hit in airstrikes in {{2024}}.""",
)

item(
    "Junta blocks aid convoy to Kachin",
    """Myanmar's military turned back a convoy of [[12 trucks|aid;a=the UN]] carrying food and
    medicine for [[about 40,000 displaced people|displaced;a=the UN]] in Kachin state, the UN
    said. The junta has denied [[more than 200 travel authorisations|other;u=other;a=the UN]]
    since {{January}}, according to the UN.""",
)

item(
    "Ukraine plan seeks to help 6 million people",
    """The UN said [[12.7 million people|civilians;a=The UN]] in Ukraine needed humanitarian aid
    in {{2025}}, and that it aimed to reach [[6 million|aid;p;a=The UN]] of them, most living
    within {{20 kilometres}} of the front line. Aid groups reached [[8.4 million
    people|aid;a=OCHA]] in {{2024}}, according to OCHA.""",
)

item(
    "Convoy reaches frontline Kupiansk",
    """An inter-agency convoy of [[five trucks|aid;a=OCHA]] delivered [[about 70 tonnes|aid;
    a=OCHA]] of food, hygiene kits and medicine to Kupiansk on {{Thursday}}, OCHA said, where
    [[about 2,000 residents|civilians;a=local authorities]] remain despite daily shelling,
    according to local authorities. It was the {{ninth}} convoy to the town this year.""",
)

item(
    "Families with children ordered out of Pokrovsk",
    """Ukrainian authorities ordered the mandatory evacuation of families with children from
    Pokrovsk and [[10 nearby villages|other;a=the regional governor]], the regional governor
    said, covering [[more than 1,300 children|displaced;p;a=the regional governor]]. [[About
    26,000 people|civilians;a=the military administration]] were still in the town, the military
    administration said.""",
)

item(
    "ICRC staff killed in strike in Donetsk region",
    """[[Three staff members|killed;a=the ICRC]] of the International Committee of the Red Cross
    were killed and [[two others|injured;a=the ICRC]] wounded when shelling hit an aid
    distribution site in Viroliubivka on {{September 12}}, the ICRC said. The site was preparing
    to hand out firewood and briquettes to [[about 500 households|aid;p]].""",
)

item(
    "Ukraine: refugees and internally displaced",
    """UNHCR said [[6.9 million refugees|displaced;a=UNHCR]] from Ukraine were recorded across
    the world, [[6.4 million|displaced;a=UNHCR]] of them in Europe, and that [[3.7 million
    people|displaced;a=UNHCR]] remained displaced inside the country. The IOM said [[4.5
    million|returned;a=The IOM]] had returned to their homes since {{2022}}.""",
)

item(
    "Generators and heating points as winter nears",
    """UNHCR and partners have handed out [[1,200 generators|aid;a=the government]] to hospitals
    and schools in frontline regions and set up [[more than 500 heating points|aid;a=the
    government]], the government said. Attacks on the power grid have left temperatures in homes
    in Kharkiv at about {{12C}}, and [[hundreds of homes|housing;a=the city council]] were
    damaged in {{October}}, the city council said.""",
)

item(
    "Kakhovka dam breach floods southern Ukraine",
    """[[About 3,600 people|displaced;a=Ukrainian officials]] were evacuated from flooded areas
    on the right bank of the Dnipro, Ukrainian officials said, after the Kakhovka dam was
    destroyed on {{June 6, 2023}}. [[At least 16,000 people|civilians;a=the UN]] lost access to
    drinking water, according to the UN, and [[more than 40 settlements|other;u=other;a=the UN]]
    were flooded.""",
)

item(
    "UN resolution marks third anniversary of invasion",
    """The General Assembly adopted a resolution on {{February 24, 2025}}, the {{third}}
    anniversary of Russia's full-scale invasion, and the Security Council adopted {{Resolution
    2774}} the same day. The UN's {{2025}} appeal for Ukraine sought {{$2.6 billion}}, and
    another {{$690 million}} for refugees across Europe.""",
)
