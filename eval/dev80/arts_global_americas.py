"""dev80 items: the UN annual report and the global monitors (GCPEA, Education Cannot Wait, War
Child, Plan International); Lebanon; Colombia; Haiti."""

from _wrap import item

item(
    "UN annual report: record number of grave violations",
    """The UN said in its annual report on children and armed conflict that it had verified [[32,990
    grave violations|other;a=The UN;u=other]] against children in {{2023}}, {{21%}} more than the
    year before. They included the killing of [[5,301 children|killed;a=the report;alt=The UN]], the
    maiming of [[6,348|injured;a=the report;alt=The UN]] and the recruitment and use of
    [[8,655|combatants;a=the report;alt=The UN]], the report said, as well as [[5,205
    incidents|other;a=the report;alt=The UN;u=other]] of denial of humanitarian access.""",
)

item(
    "Abductions, sexual violence and detention of children",
    """The annual report verified the abduction of [[4,356 children|kidnapped;a=The annual report]]
    and the rape or other sexual violence against [[1,470|other;a=The annual report]], and counted
    [[1,650 attacks|other;a=The annual report;u=other]] on schools and hospitals. [[About 2,900
    children|arrested;a=the UN]] were held in detention for their alleged association with armed
    groups, the UN said, some for more than {{a year}}.""",
)

item(
    "Parties listed in the annexes",
    """The annexes of the Secretary-General's report name parties that commit grave violations, a
    mechanism created by {{Resolution 1379}} in {{2001}} and widened by {{Resolution 1882}} in
    {{2009}} to include sexual violence and by {{Resolution 1998}} in {{2011}} to include attacks on
    schools and hospitals. A party is delisted after {{two consecutive years}} without
    violations.""",
)

item(
    "GCPEA: attacks on education rise",
    """The Global Coalition to Protect Education from Attack recorded [[about 6,000
    attacks|other;a=The Global Coalition to Protect Education from Attack;u=other]] on education and
    cases of military use of schools and universities in {{2022}} and {{2023}}, in which [[more than
    10,000 students and teachers|other;a=The Global Coalition to Protect Education from
    Attack;n=students and teachers]] were harmed. Armed forces or groups used schools for military
    purposes in [[at least 30 countries|other;a=The Global Coalition to Protect Education from
    Attack;u=other]], it said.""",
)

item(
    "Education Cannot Wait: crisis-affected children in need",
    """Education Cannot Wait estimates that [[234 million crisis-affected
    children|civilians;a=Education Cannot Wait]] need educational support, [[85 million of
    them|civilians;a=Education Cannot Wait;n=-]] out of school altogether. Since {{2017}} the fund
    has reached [[more than 11 million children|aid;a=the fund;alt=Education Cannot Wait]] in
    conflicts and disasters with {{$1.5 billion}} in grants, the fund said.""",
)

item(
    "Education Cannot Wait grant for Sudan",
    """Education Cannot Wait announced a {{$25 million}} grant to reach [[300,000
    children|aid;p;a=Education Cannot Wait]] in Sudan and eastern Chad, {{half}} of them girls. The
    programme aims to train [[4,000 teachers|aid;p;a=The programme]] and set up [[120 temporary
    learning spaces|aid;p;a=The programme;u=structure]] over {{three years}}.""",
)

item(
    "Education Cannot Wait appeal",
    """Education Cannot Wait opened a {{$600 million}} appeal for its {{2023-2026}} strategy, of
    which donors have pledged {{$826 million}} at a conference in Geneva, {{about two thirds}} of
    the target. The fund says every {{$1}} invested in education in emergencies returns {{$10}}.""",
)

item(
    "War Child's programmes in conflict zones",
    """War Child said it had supported [[more than 450,000 children|aid;a=War Child]] with
    psychosocial and education programmes in [[15 countries|other;a=War Child;u=other]] in {{2024}},
    and [[about 22,000 caregivers|aid;a=War Child]]. In Gaza alone it reached [[60,000
    children|aid]] through [[40 learning and play centres|aid]].""",
)

item(
    "Plan International supports displaced pupils in Mozambique",
    """Plan International said it had distributed [[8,000 school kits|aid;a=Plan International]] to
    displaced children in Cabo Delgado and set up [[25 temporary classrooms|aid;a=Plan
    International]] in resettlement sites. [[About 1,500 girls|aid;a=Plan International]] received
    sanitary kits, it said, and [[120 teachers|aid;a=Plan International]] were trained in
    psychosocial first aid.""",
)

item(
    "Lebanon: children killed in Israeli strikes",
    """UNICEF said [[more than 200 children|killed;a=UNICEF]] had been killed and
    [[1,100|injured;a=UNICEF]] injured in Lebanon in {{two months}} of Israeli strikes, and that
    [[about 400,000 children|displaced;a=UNICEF]] had been displaced. [[More than 1,000 public
    schools|capacity;a=the education ministry]] are being used as shelters, the education ministry
    said.""",
)

item(
    "Colombia: armed groups recruit children",
    """Colombia's ombudsman's office said [[at least 409 children|combatants;a=Colombia's
    ombudsman's office]] had been recruited by armed groups in {{2024}}, [[more than 150 of
    them|combatants;a=Colombia's ombudsman's office;n=-]] in Cauca, and that
    [[63|combatants;a=Colombia's ombudsman's office]] were Indigenous. [[Twelve children|killed]]
    who had left dissident FARC factions were later killed, reportedly for deserting.""",
)

item(
    "Colombian air raid on dissident camp",
    """Prosecutors said [[at least seven minors|killed;a=Prosecutors]] were among the [[19
    people|killed;a=Prosecutors]] killed when the air force bombed a camp of FARC dissidents in
    Guaviare. [[Two others|injured;a=Prosecutors]] were wounded and [[four|arrested;a=Prosecutors]]
    detained, they said.""",
)

item(
    "Catatumbo: families flee fighting",
    """The ombudsman said [[more than 50,000 people|displaced;a=The ombudsman]] had fled fighting
    between the ELN and FARC dissidents in Catatumbo, [[about 15,000 of them|displaced;a=The
    ombudsman;n=-]] children. [[At least 80 people|killed]] were killed, and [[38 schools|other]]
    closed in the region; [[11|capacity;u=structure]] are being used as shelters. The government
    sent [[5,000 troops|combatants]] to the region.""",
)

item(
    "Colombia's child recruitment law",
    """Under Article {{162}} of Colombia's penal code, recruiting anyone {{under 18}} carries a
    sentence of {{eight to 15 years}} in prison, rising by {{a third}} when the child is {{under
    14}}. The law dates from {{2000}}, and the {{2016}} peace agreement added a separate programme
    for minors leaving the FARC.""",
)

item(
    "Haiti: gangs recruit children",
    """UNICEF said children now made up {{up to half}} of the members of armed groups in Haiti, and
    that child recruitment had risen {{70%}} in a year. [[More than 1 million people|displaced;a=the
    IOM]] are now displaced in Haiti, the IOM said, more than half of them children. UNICEF said
    [[about 250 children|combatants;a=UNICEF]] had left gangs with its help in {{2024}}.""",
)

item(
    "Haiti: schools closed by gang violence",
    """The education ministry said [[more than 900 schools|other;a=The education ministry]] in the
    Port-au-Prince area were closed because of gang violence, depriving [[about 156,000
    children|civilians;a=The education ministry]] of classes. [[At least 47 schools|capacity;a=the
    ministry;alt=The education ministry]] are being used as displacement sites and
    [[30|housing;a=the ministry;alt=The education ministry;u=structure]] were attacked or looted,
    the ministry said.""",
)

item(
    "Haiti: children among victims of gang killings",
    """The UN verified the killing of [[383 children|killed;a=The UN]] and the maiming of
    [[193|injured;a=The UN]] in Haiti in {{2024}}, and [[at least 100 cases|other;a=The UN]] of rape
    against girls. Gangs abducted [[62 children|kidnapped]] for ransom during the year.""",
)

item(
    "Haitian schoolchildren sit exams under fire",
    """[[More than 140,000 pupils|other;a=the education ministry]] sat the {{9th grade}} national
    exams on {{1 July}}, the education ministry said. Centres in Croix-des-Bouquets were moved after
    gunfire on the {{first day}}, and [[about 2,000 candidates|other]] had to sit the exams at other
    centres.""",
)

item(
    "Deportations from the Dominican Republic",
    """The IOM said the Dominican Republic had deported [[more than 276,000 Haitians|returned;a=The
    IOM]] in {{2024}}, including [[about 27,000 children|returned;a=The IOM]], [[2,800 of
    them|returned;a=The IOM;n=-]] unaccompanied. UNICEF said it had given [[1,100 returned
    children|aid;a=UNICEF]] food and medical care at the border in {{a single month}}.""",
)

item(
    "Children in Haiti's displacement sites",
    """The IOM counted [[110 displacement sites|capacity;a=The IOM]] in the capital, [[more than 70
    of them|capacity;a=The IOM;n=-;u=other]] schools or churches, housing [[about 190,000
    people|displaced;a=The IOM]]. Medecins Sans Frontieres said it had treated [[more than 1,200
    children|injured;a=Medecins Sans Frontieres]] for gunshot wounds in {{2024}}.""",
)

item(
    "Children recruited in Haiti's Artibonite",
    """A local rights group said the Gran Grif gang had recruited [[between 50 and 60
    boys|combatants;a=A local rights group]] in Pont-Sondé and Liancourt, some {{as young as 10}}.
    [[Dozens of children|displaced]] fled with their families to Saint-Marc after the attack that
    killed [[115 people|killed;a=the UN]], the UN said.""",
)
