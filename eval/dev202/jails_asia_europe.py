"""Myanmar, Bangladesh, Nepal, the Philippines, Indonesia, Papua New Guinea, Sri Lanka,
Pakistan, Ukraine and Russia: pardons and deportations, jails stormed in uprisings, fires and
riots in overcrowded prisons, prisoners of war, hostage-takings in penal colonies (14 texts with
figures, 2 without)."""

from _wrap import item

item(
    "Myanmar junta frees thousands in Union Day amnesty",
    """Myanmar's military government pardoned [[5,864 prisoners|arrested;a=state television
    MRTV]] to mark Union Day on Wednesday, including [[180 foreigners|returned;p;a=state television
    MRTV]] who will be deported, state television MRTV reported. The Assistance Association for
    Political Prisoners (AAPP) said [[only 17 political prisoners|arrested;a=The Assistance
    Association for Political Prisoners (AAPP)]] were among those freed from Insein prison in
    Yangon. Relatives had waited at the gates since dawn. The group says [[more than 22,000
    people|arrested;a=The group;alt=The Assistance Association for Political Prisoners (AAPP)]]
    remain in detention {{four years}} after the {{February 2021}} coup, and that [[at least
    6,800|killed;a=The group;alt=The Assistance Association for Political Prisoners (AAPP)]] have
    been killed by junta forces.""",
)

item(
    "Parcel bombs kill eight at Myanmar's Insein prison",
    """Bombs hidden in parcels exploded at the reception area of Insein prison in Yangon on
    Wednesday morning, killing [[eight people|killed;a=the junta]], among them prison staff and
    visitors, the junta said. It said [[18 others|injured;a=the junta]] were wounded. Insein, built
    for [[about 5,000 inmates|capacity]], holds [[as many as 10,000|arrested;a=former prisoners]],
    according to former prisoners, many of them jailed since the {{2021}} coup. An armed group
    calling itself the Special Task Force-Burma claimed the attack. State media said [[four
    suspects|arrested;a=State media]] had been detained by Friday.""",
)

item(
    "Protesters storm Narsingdi jail, more than 800 inmates escape",
    """Protesters stormed the district jail in Narsingdi, central Bangladesh, on Friday and [[826
    inmates|other;a=jail officials]] escaped, among them [[nine militants|other;a=jail officials]]
    from banned Islamist groups, jail officials said. The crowd set fire to part of the jail and
    looted [[85 firearms|other]] from its armoury. [[Some 400 escapees|returned;a=the jail
    superintendent]] had come back to the jail by Sunday, the jail superintendent said. Clashes
    over government job quotas have left [[more than 150 people|killed;a=an AFP tally]] dead since
    {{16 July}}, according to an AFP tally. The nationwide curfew was extended by {{24 hours}}.""",
)

item(
    "More than 700 escaped inmates still at large, Bangladesh prisons chief says",
    """[[More than 2,200 inmates|other;a=Bangladesh's inspector general of prisons]] escaped from
    [[17 prisons|other;u=structure;a=Bangladesh's inspector general of prisons]] during the unrest
    that toppled the government in {{August}}, Bangladesh's inspector general of prisons said on
    Sunday. [[About 700|other;a=Bangladesh's inspector general of prisons]] remain at large, he
    said. At Kashimpur, [[six inmates|killed]] were killed when guards opened fire during a
    breakout. The country's prisons hold [[about 65,000 inmates|arrested]] in space for [[fewer
    than 43,000|capacity]].""",
)

item(
    "Nepal hunts for thousands of inmates who fled during protests",
    """[[More than 13,500 prisoners|other;a=police]] escaped from jails across Nepal during {{two
    days}} of anti-government protests, police said. [[About 3,700|arrested;a=police]] had been
    recaptured by Monday and [[some 1,300 others|returned;a=police]] had returned of their own
    accord, they said. At a juvenile correction home in Banke, [[five inmates|killed]] were killed
    when security personnel opened fire during a breakout. The army said [[1,000 to 1,500
    soldiers|combatants;a=The army]] had been deployed to guard prisons in the Kathmandu
    valley.""",
)

item(
    "Philippines starts moving inmates out of New Bilibid Prison",
    """The Bureau of Corrections said on Monday it had moved [[1,200 inmates|arrested;a=The Bureau
    of Corrections]] from New Bilibid Prison in Muntinlupa to a penal farm in Palawan. New Bilibid,
    built for [[6,435 inmates|capacity;a=the bureau;alt=The Bureau of Corrections]], holds [[about
    29,000|arrested;a=the bureau;alt=The Bureau of Corrections]], according to the bureau. It plans
    to move [[another 5,000|arrested;p;a=The Bureau of Corrections]] by the end of the year and to
    close the prison by {{2028}}, spreading its population across [[nine regional
    facilities|other;p;a=The Bureau of Corrections]]. The Commission on Human Rights said [[at least
    42 inmates|killed;a=The Commission on Human Rights]] had died in New Bilibid in the first {{six
    months}} of the year, most of them of illness.""",
)

item(
    "Fire at overcrowded Indonesian prison kills 41",
    """A fire tore through a block for drug offenders at Tangerang prison near Jakarta before dawn
    on Wednesday, killing [[41 inmates|killed;a=the justice ministry]], the justice ministry said.
    [[Eight others|injured;a=police]] were seriously burned and [[73|injured;a=police]] suffered
    minor injuries, police said. {{Block C2}}, where the fire started, held [[122
    inmates|arrested]] in cells meant for [[38|capacity]]. The prison is at {{245%}} of its
    capacity, the ministry said. It said it would pay compensation to [[41 families|aid;p;a=the
    justice ministry]].""",
)

item(
    "Seventeen shot dead during mass breakout at Papua New Guinea jail",
    """Police shot dead [[17 inmates|killed;a=police]] during a mass breakout from Buimo prison in
    Lae on Saturday, police said. [[Between 50 and 60 inmates|other;a=a police commander]] escaped
    after overpowering guards at a work gate, a police commander told the national broadcaster.
    [[Three|arrested]] had been recaptured by Sunday. The prison holds [[about 900
    inmates|arrested]]. Lae, a city of [[about 150,000 people|civilians]], has seen repeated
    breakouts from Buimo.""",
)

item(
    "Ukraine demands answers after blast kills prisoners of war at Olenivka",
    """Russia's defence ministry said [[50 Ukrainian prisoners of war|killed;a=Russia's defence
    ministry;n=prisoners]] were killed and [[73|injured;a=Russia's defence ministry]] wounded in a
    blast at a detention camp in Olenivka, in occupied Donetsk, and blamed a Ukrainian rocket
    strike. Ukraine's military intelligence said [[193 prisoners|arrested;a=Ukraine's military
    intelligence]] had been moved into the barracks that was hit {{two days}} earlier. The camp
    held [[about 2,500 Azovstal defenders|arrested;a=Kyiv]], according to Kyiv. A group of relatives
    said [[more than 100 prisoners|missing;a=A group of relatives]] held at the camp had been
    unaccounted for since the blast.""",
)

item(
    "Russian special forces kill IS-linked inmates who took guards hostage",
    """Russian special forces stormed a pre-trial detention centre in Rostov-on-Don on Sunday,
    killing [[six inmates|killed;a=the Federal Penitentiary Service]] who had taken [[two
    guards|kidnapped;a=the Federal Penitentiary Service]] hostage, the Federal Penitentiary Service
    said. The hostages were freed unharmed. The inmates, who faced terrorism charges, had posted a
    video claiming allegiance to Islamic State. The centre holds [[up to 1,500 people|arrested]].
    Russian security services have detained [[more than 1,000 people|arrested;a=officials]] in
    raids since the Crocus City Hall attack in March, in which [[145 people|killed;a=officials]]
    were killed, officials said.""",
)

item(
    "Four staff killed in attack at Russian penal colony",
    """Inmates armed with knives attacked guards at the {{IK-19}} penal colony in Surovikino, in
    Russia's Volgograd region, on Friday, killing [[four prison staff|killed;a=Russia's Federal
    Penitentiary Service]] and taking [[eight people|kidnapped;a=Russia's Federal Penitentiary
    Service]] hostage, Russia's Federal Penitentiary Service said. Snipers shot dead [[all four
    attackers|killed]], who had posted videos claiming allegiance to Islamic State. [[Three
    hostages|injured]] were wounded. The colony holds [[about 900 prisoners|arrested]].""",
)

item(
    "Russia and Ukraine complete largest prisoner swap of the war",
    """Russia and Ukraine each handed over [[1,000 prisoners|other]] in the largest exchange of
    the war, completed on Sunday after {{three days}}. Ukraine's coordination headquarters for
    prisoners of war said [[303 soldiers|other;a=Ukraine's coordination headquarters for prisoners
    of war]] came home on the final day. Kyiv said separately that Russia had returned [[909
    bodies|killed;a=Kyiv]] of fallen soldiers. Russia says it holds [[about 6,000 Ukrainian
    prisoners|arrested;a=Russia]]. Ukraine's commissioner for missing persons says [[more than
    50,000 people|missing;a=Ukraine's commissioner for missing persons]] are registered as missing
    in connection with the war.""",
)

item(
    "Eleven inmates killed in Sri Lanka prison riot over COVID-19 fears",
    """Guards opened fire to quell a riot at Mahara prison near Colombo on Sunday night, killing
    [[11 inmates|killed;a=police]] and wounding [[more than 100|injured;a=police]], police said. The
    riot broke out over fears of {{COVID-19}}: [[183 inmates|other;a=health officials]] had tested
    positive in the week before, health officials said. The prison, built for [[about
    1,000|capacity]], held [[2,700 inmates|arrested]]. The government said it would release [[up to
    8,000 prisoners|arrested;p;a=The government]] on bail to ease overcrowding.""",
)

item(
    "Over 200 inmates escape Karachi jail after earthquake tremors",
    """[[More than 200 inmates|other;a=Sindh's home minister]] escaped from Malir district jail in
    Karachi overnight after earthquake tremors led guards to move prisoners out of their barracks,
    Sindh's home minister said. [[One inmate|killed;a=police]] was killed in an exchange of fire and
    [[80|arrested;a=police]] had been recaptured by morning, police said. The jail held [[about 6,000
    prisoners|arrested;a=prison officials]] in space for [[2,400|capacity;a=prison officials]],
    according to prison officials. Police were still searching for [[the remaining 136|other]] on
    Tuesday.""",
)

item(
    "Indonesian court jails prison security chief over Tangerang fire",
    """A court in Tangerang on Thursday sentenced the former head of the prison's security unit to
    {{two years and six months}} in prison for negligence over the fire of {{8 September 2021}}.
    The {{51-year-old}} was also fined {{Rp 50 million}}. Prosecutors had sought {{four years}}.
    The court heard that the block, built in {{1972}}, had last had its wiring inspected in
    {{2014}}. He has {{seven days}} to appeal.""",
)

item(
    "Ukraine marks anniversary of Olenivka explosion",
    """Ukraine marked the {{third}} anniversary of the explosion at the Olenivka prison camp on {{29
    July}} with a ceremony in Kyiv. The camp lies about {{20 km}} south-west of Donetsk, in
    territory held by Russia since {{2014}}. A UN commission of inquiry said in {{2025}} that it
    could not establish who was responsible. The ceremony lasted {{90 minutes}}, and the
    ombudsman, {{49}}, read out the names of the dead.""",
)
