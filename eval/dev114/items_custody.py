"""Custody pairs: people arrested, detained, captured or abducted in one twin, and released,
pardoned, swapped, deported, freed or escaped in the other (8 pairs, D01-D08)."""

from _wrap import item, pair

pair("D01", "arrested / pardoned: Iran's protest detainees counted as arrests, then as pardons")
item(
    "UN says more than 14,000 arrested in Iran protests",
    """Iranian authorities have arrested [[more than 14,000 people|arrested;a=the UN human
    rights office]] since protests erupted over the death in custody of Mahsa Amini, the UN
    human rights office said on Tuesday. The Oslo-based group Iran Human Rights says [[at least
    326 people|killed;a=The Oslo-based group Iran Human Rights]] have been killed by the
    security forces, among them [[43 children|killed;a=The Oslo-based group Iran Human
    Rights]]. Amini, a {{22-year-old}} Kurdish woman, died on {{September 16}} after being held
    by the morality police.""",
)
item(
    "Iran's judiciary says 22,000 protesters pardoned",
    """Judiciary chief Gholamhossein Mohseni Ejei said on Monday that [[22,000
    people|arrested;a=Judiciary chief Gholamhossein Mohseni Ejei]] detained over the protests
    had been pardoned under an amnesty announced by Supreme Leader Ayatollah Ali Khamenei in
    February. The amnesty covered [[tens of thousands of prisoners|arrested;a=state media]] in
    all, state media reported, but excluded those charged with spying or armed rebellion.
    Rights groups say [[at least seven men|killed;a=Rights groups]] have been executed over the
    unrest.""",
)

pair("D02", "captured / swapped: Russian soldiers taken prisoner, or prisoners of war exchanged")
item(
    "Ukrainian paratroopers capture 48 Russian soldiers in Kursk region",
    """Ukrainian forces have captured [[48 Russian soldiers|arrested;a=a spokesman for the
    unit;alt=the 95th Air Assault Brigade]] in a single day in Russia's Kursk region, a
    spokesman for the unit, the {{95th Air Assault Brigade}}, said on Saturday. A video
    released by the brigade showed [[about a dozen men|arrested]] in Russian uniforms being led
    across a field with their hands tied. President Volodymyr Zelensky said the prisoners would
    be used to bring Ukrainians home.""",
)
item(
    "Ukraine and Russia swap 95 prisoners each in UAE-brokered exchange",
    """Ukraine and Russia each handed over [[95 prisoners of war|other;a=both sides]] on
    Saturday in an exchange mediated by the United Arab Emirates, both sides said. Among the
    Ukrainians who came home were [[22 defenders|other]] of Mariupol's Azovstal steelworks,
    held since {{2022}}. Ukraine's coordination headquarters said [[more than 3,400
    Ukrainians|other;a=Ukraine's coordination headquarters]] have now been freed in swaps.""",
)

pair("D03", "abducted / freed: the Kuriga schoolchildren taken, and those released")
item(
    "Gunmen abduct 287 pupils and teachers from Kuriga school",
    """Gunmen on motorcycles stormed the LEA primary and secondary school in Kuriga, Kaduna
    State, on Thursday morning and abducted [[287 pupils and teachers|kidnapped;n=pupils and
    teachers;a=the school's headmaster]], the school's headmaster said.
    [[Twenty-five|kidnapped]] of them escaped into the bush and returned home by evening.
    Residents said the attackers arrived shortly after assembly, at about {{8am}}.""",
)
item(
    "Kuriga: 137 abducted pupils regain freedom, governor says",
    """A total of [[137 pupils|kidnapped;a=Kaduna State Governor Uba Sani]] abducted from their
    school in Kuriga {{two weeks}} ago have been freed, Kaduna State Governor Uba Sani said on
    Sunday. He said no ransom had been paid. Parents had earlier said [[more than
    280|kidnapped;a=Parents]] were taken, and it was not clear how many were still held.""",
)

pair("D04", "arrested / released on bail: Hong Kong's PolyU arrests, and the bailed")
item(
    "Hong Kong police arrest 1,100 around besieged PolyU campus",
    """Hong Kong police said they had arrested [[about 1,100 people|arrested;a=Hong Kong
    police]] in and around Polytechnic University over {{24 hours}}, after protesters who had
    barricaded themselves inside tried to break through police lines. [[About 300|arrested]] of
    those held were under {{18}}. Police fired tear gas and rubber bullets as protesters hurled
    petrol bombs from the campus walls.""",
)
item(
    "Nearly 200 arrested at PolyU released on bail",
    """[[Nearly 200 people|arrested;a=lawyers]] arrested at Polytechnic University have been
    released on bail pending investigation, lawyers representing some of them said on
    Wednesday. Most must report to a police station every {{two weeks}}. [[Dozens of
    protesters|civilians;a=the university's president]] are believed to be still hiding on the
    campus, the university's president said.""",
)

pair("D05", "detained / deported: workers held at the Hyundai battery site, or flown home")
item(
    "Federal agents detain 475 in immigration raid at Hyundai battery plant in Georgia",
    """Federal agents detained [[475 people|arrested;a=federal officials]] in an immigration
    raid at a Hyundai-LG battery plant under construction near Savannah, Georgia, on Thursday,
    federal officials said. [[More than 300|arrested;a=the officials;alt=federal officials]] of
    them were South Korean nationals, the officials said. The workers were taken by bus to a
    detention centre in Folkston.""",
)
item(
    "Chartered jet brings 316 South Korean workers home after Georgia raid",
    """A Korean Air charter carrying [[316 South Korean workers|returned]] detained in last
    week's immigration raid in Georgia landed at Incheon airport on Friday afternoon.
    [[Fourteen colleagues|returned]] from China, Japan and Indonesia were flown out with them.
    Seoul's foreign ministry said [[one worker|arrested;a=Seoul's foreign ministry]] had chosen
    to stay in US custody and fight the case.""",
)

pair("D06", "held / escaped: the National Penitentiary's inmates before and after the gang assault")
item(
    "Haiti's main prison, built for 1,200, holds nearly 3,700",
    """Haiti's National Penitentiary in Port-au-Prince holds [[nearly 3,700
    inmates|arrested;a=a UN report]] in a building designed for [[1,200|capacity;a=a UN
    report]], a UN report said on Tuesday. Most have never been tried. [[At least 40
    detainees|killed;a=the report;alt=a UN report]] died there last year of malnutrition and
    disease, the report said.""",
)
item(
    "Gangs storm Haiti's main prison, thousands of inmates escape",
    """[[About 3,700 inmates|other;a=officials]] escaped from Haiti's National Penitentiary
    after gangs stormed it overnight, officials said on Sunday. [[Fewer than 100|arrested]]
    chose to stay in their cells, among them former Colombian soldiers held over the killing of
    President Jovenel Moïse. [[At least 12 people|killed]] were killed in the assault.""",
)

pair("D07", "hostages freed / prisoners released: the first day of the Gaza truce, from each side")
item(
    "13 Israeli hostages freed on first day of Gaza truce",
    """[[Thirteen Israeli hostages|kidnapped]], among them [[four children|kidnapped]] and
    their mothers, were handed over to the Red Cross in Gaza on Friday and brought back to
    Israel, the first to be released under the truce. Hamas also freed [[10 Thai
    farmworkers|kidnapped;a=the Thai prime minister]] and a Filipino man outside the deal, the
    Thai prime minister said. The army says [[about 240 people|kidnapped;a=The army]] were
    taken into Gaza on {{October 7}}.""",
)
item(
    "Israel frees 39 Palestinian women and teenagers in first exchange",
    """Israel released [[39 Palestinian prisoners|other;a=the Israel Prison Service]] on Friday
    night, [[24 women|other;a=the Israel Prison Service]] and [[15 teenage boys|other;a=the
    Israel Prison Service]], in exchange for hostages freed from Gaza, the Israel Prison
    Service said. Crowds gathered in Beitunia to greet buses carrying the released prisoners.
    The Palestinian Prisoners' Society says Israel has detained [[more than 3,000
    Palestinians|arrested;a=The Palestinian Prisoners' Society]] in the West Bank since
    {{October 7}}.""",
)

pair("D08", "arrested / released: Venezuela's post-election detainees, and the first releases")
item(
    "Maduro says 2,229 arrested after post-election unrest",
    """Venezuelan President Nicolás Maduro said [[2,229 people|arrested;a=Venezuelan President
    Nicolás Maduro]] had been arrested after protests against his disputed re-election, and
    promised new maximum-security prisons to hold them. The rights group Provea says [[at least
    24 people|killed;a=The rights group Provea]] were killed in the protests, most of them by
    gunfire. Maduro called the detainees "terrorists" trained abroad.""",
)
item(
    "Venezuela frees 225 people detained in protests after disputed vote",
    """Venezuela's attorney general's office said on Saturday it had released [[225
    people|arrested;a=Venezuela's attorney general's office]] held since the July protests,
    after reviewing their cases. Foro Penal, a rights group that tracks arrests, says the
    country still holds [[more than 1,900 political prisoners|arrested;a=Foro Penal]], the
    highest number it has recorded. Relatives waited outside the Tocorón and Tocuyito prisons
    for news.""",
)
