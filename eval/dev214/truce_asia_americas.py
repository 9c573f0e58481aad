"""Colombia (the FARC accord, the ELN ceasefire, Catatumbo), Myanmar, the Philippines,
Afghanistan, India and Pakistan, Thailand and Cambodia: truces and peace deals and their terms
in numbers (16 texts, 2 of them with numbers but no figure)."""

from _wrap import item

item(
    "FARC fighters to gather in zones, hand over arms in 180 days",
    """Colombia's government says
    [[about 5,800 FARC fighters|combatants;p;a=Colombia's government]] will move into
    [[23 transition zones|other;p;u=other;a=Colombia's government]] and
    [[eight camps|other;p;a=Colombia's government]] under the final accord signed in Havana, and
    hand their weapons to UN monitors within {{180 days}}. The UN mission will deploy
    [[about 450 unarmed observers|other;p]] from Latin American countries. The government
    estimates the war killed
    [[more than 220,000 people|killed;a=The government;alt=Colombia's government]] since
    {{1958}}. The Victims' Unit has registered
    [[more than 6.9 million people|displaced;a=The Victims' Unit]] displaced by the conflict.
    Voters will be asked to approve the deal in a referendum on {{2 October}}.""",
)

item(
    "UN mission says FARC arms handover complete",
    """The UN Mission in Colombia said it had received
    [[8,112 weapons|other;a=The UN Mission in Colombia]] from
    [[6,804 FARC members|combatants;a=The UN Mission in Colombia]] in the
    [[26 zones|other;u=other;a=The UN Mission in Colombia]] where they gathered. It also located
    [[more than 900 arms caches|other;u=other;a=The UN Mission in Colombia]] in remote areas.
    The weapons will be melted down to make [[three monuments|other;u=other;p]]. The peace
    commissioner's office says it has accredited
    [[about 12,000 FARC members|combatants;a=The peace commissioner's office]], including
    militia members and those in prison. [[About 3,400|arrested]] of them have been freed from
    jail under an amnesty law passed in {{December}}.""",
)

item(
    "Nine years after peace deal, killings of former guerrillas go on",
    """The UN Verification Mission said
    [[at least 434 former FARC combatants|killed;a=The UN Verification Mission]] have been killed
    since the accord was signed in {{November 2016}},
    [[31 of them|killed;n=-;a=The UN Verification Mission]] this year.
    [[About 11,000 former combatants|combatants;a=the mission;alt=UN Verification Mission]]
    remain in the reintegration programme, the mission said. Indepaz, a Bogota think tank,
    counted [[more than 170 social leaders|killed;a=Indepaz]] killed in {{2024}}. The
    Ombudsman's Office said
    [[some 58,000 people|displaced;a=The Ombudsman's Office]] were displaced in Catatumbo in
    {{January}} when the ELN attacked FARC dissidents. [[At least 80 people|killed]] died in that
    fighting. The Search Unit for Persons Deemed Missing says
    [[more than 120,000 people|missing;a=The Search Unit for Persons Deemed Missing]]
    disappeared during the conflict.""",
)

item(
    "Colombia and ELN begin six-month ceasefire",
    """The {{six-month}} bilateral ceasefire between Colombia's government and the ELN took
    effect at midnight on {{3 August}}, to be overseen by a mechanism including the UN and the
    Catholic Church with [[about 300 monitors|other;p]]. The military estimates the ELN has
    [[about 5,800 members|combatants;a=The military]]. Defence Minister Iván Velásquez said
    [[more than 2,000 soldiers|combatants;p;a=Defence Minister Iván Velásquez]] would be taken
    off offensive operations. The ELN holds
    [[at least 30 hostages|kidnapped;a=the ombudsman's office]], according to the ombudsman's
    office. The group was blamed for [[more than 60 kidnappings|kidnapped]] last year. Fighting
    between the ELN and other armed groups displaced
    [[about 12,000 people|displaced;a=the UN]] in Chocó in {{2022}}, the UN said.""",
)

item(
    "Catatumbo families begin returning under army escort",
    """The regional government of Norte de Santander said
    [[about 1,200 families|returned;a=The regional government of Norte de Santander]] had gone
    back to their farms in Tibú and El Tarra since the army took control of the main roads. The
    Ombudsman's Office says
    [[more than 63,000 people|displaced;a=The Ombudsman's Office]] were displaced in the region
    this year and [[about 28,000|civilians;a=The Ombudsman's Office]] were confined to their
    villages. Cúcuta's [[17 shelters|capacity;a=the city;alt=Cúcuta]] still house
    [[about 9,000 people|displaced;a=the city;alt=Cúcuta]], the city said. The army has deployed
    [[5,000 troops|combatants]] to the region. [[At least 90 people|killed]] have been killed
    since {{16 January}}, when the ELN attacked FARC dissidents.""",
)

item(
    "Myanmar junta declares truce after quake, but strikes go on",
    """Myanmar's military declared a temporary ceasefire on Wednesday until {{22 April}} to speed
    relief after the {{magnitude 7.7}} earthquake, which the junta says killed
    [[3,085 people|killed;a=the junta]], injured [[4,715|injured;a=the junta]] and left
    [[341|missing;a=the junta]] missing. The Three Brotherhood Alliance had announced a
    {{one-month}} pause a day earlier. The Special Advisory Council for Myanmar said the
    military had carried out
    [[at least 61 attacks|other;u=other;a=The Special Advisory Council for Myanmar]] since the
    quake, [[16 of them|other;n=-;u=other;a=The Special Advisory Council for Myanmar]] after its
    own ceasefire announcement, killing
    [[at least 68 people|killed;a=The Special Advisory Council for Myanmar]]. The UN says
    [[more than 3.5 million people|displaced;a=The UN]] are displaced in Myanmar.""",
)

item(
    "MNDAA hands Lashio back to junta under Chinese-brokered deal",
    """The Myanmar National Democratic Alliance Army completed its withdrawal from Lashio on
    Tuesday, handing the city back to the military under a truce brokered by China in Kunming.
    Residents said [[about 300 MNDAA fighters|combatants;a=Residents]] left in trucks escorted by
    Chinese officials. [[About 20 Chinese monitors|other]] oversaw the handover. Lashio had
    [[about 150,000 residents|civilians]] before the fighting last year, when
    [[tens of thousands|displaced]] fled. The group said
    [[at least 40 air strikes|other;u=other;a=The group;alt=Myanmar National Democratic Alliance Army]]
    had hit its areas after the truce. OCHA said
    [[about 3,000 families|returned;a=OCHA]] had returned to the city by the end of the
    month.""",
)

item(
    "Eight groups sign Myanmar ceasefire; biggest armies stay out",
    """[[Eight ethnic armed groups|other;u=other]] signed the Nationwide Ceasefire Agreement in
    Naypyitaw on Thursday, but [[seven others|other;n=-;u=other]] stayed away, among them the
    United Wa State Army, which has
    [[an estimated 20,000 to 30,000 fighters|combatants]]. The groups that signed have
    [[about 12,000 fighters|combatants;a=the Myanmar Peace Monitor]] between them, according to
    the Myanmar Peace Monitor. Thein Sein's government has freed
    [[more than 1,100 political prisoners|arrested;a=the Assistance Association for Political Prisoners]]
    since {{2011}}, the Assistance Association for Political Prisoners says. OCHA says
    [[some 100,000 people|displaced;a=OCHA]] remain in [[more than 160 camps|capacity;a=OCHA]] in
    Kachin and northern Shan states, where fighting continues.""",
)

item(
    "Decommissioning of MILF fighters stalls at 26,000",
    """The Office of the Presidential Adviser on Peace, Reconciliation and Unity said
    [[about 26,000 MILF combatants|combatants;a=The Office of the Presidential Adviser on Peace, Reconciliation and Unity]]
    have been decommissioned, out of the
    [[40,000|combatants;p;a=The Office of the Presidential Adviser on Peace, Reconciliation and Unity]]
    set out in the {{2014}} Comprehensive Agreement on the Bangsamoro. The {{fourth phase}} has
    stalled. MILF chair Murad Ebrahim said
    [[some 14,000 fighters|combatants;p;a=MILF chair Murad Ebrahim]] would be decommissioned once
    the government delivered the housing and cash it promised. Each decommissioned fighter
    receives {{100,000 pesos}}. Decommissioned fighters have handed over
    [[about 4,600 firearms|other]]. The government is to turn [[six MILF camps|other;p]] into
    farming communities. Clashes between rival MILF commanders in Maguindanao del Sur displaced
    [[some 12,000 residents|displaced;a=the provincial disaster office]] last month, the
    provincial disaster office said.""",
)

item(
    "US-Taliban deal: troops down to 8,600 in 135 days",
    """Under the agreement signed in Doha on {{29 February}}, the United States will cut its
    forces in Afghanistan from [[about 13,000|combatants]] to [[8,600|combatants;p]] within
    {{135 days}} and withdraw from [[five bases|other;p;u=structure]]. The deal calls for the
    release of [[up to 5,000 Taliban prisoners|other;p]] by the Afghan government in exchange
    for [[up to 1,000 members|other;p]] of the security forces held by the Taliban. The UN says
    [[more than 3,400 civilians|killed;a=The UN]] were killed in {{2019}}. NATO's Resolute
    Support mission has [[about 16,000 troops|combatants]] in the country, the American
    contingent among them. All foreign forces are to leave within {{14 months}}.""",
)

item(
    "Kabul begins freeing last 400 Taliban prisoners",
    """The Afghan government said it had released
    [[80 Taliban prisoners|other;a=The Afghan government]] on Thursday. The release of the last
    [[400|other;p]] was approved last week by a loya jirga of [[3,200 delegates|other]]. The
    Taliban say they have freed [[about 1,000 government prisoners|other;a=The Taliban]] under
    the Doha deal. The government had already released
    [[about 4,600 Taliban prisoners|other]]. Talks between the two sides are expected to begin
    in Doha within {{a week}} of the last release. Afghanistan's interior ministry said
    [[at least 14 people|killed;a=Afghanistan's interior ministry]] were killed in Taliban
    attacks over the weekend.""",
)

item(
    "India and Pakistan halt fire after four days of strikes",
    """Pakistan's military said [[40 civilians|killed;a=Pakistan's military]] and
    [[11 soldiers|killed;a=Pakistan's military]] were killed and
    [[121|injured;a=Pakistan's military]] wounded in Indian strikes and shelling before the
    ceasefire took effect at {{5 p.m.}} on Saturday. India's army said
    [[five soldiers|killed;a=India's army]] and [[16 civilians|killed;a=India's army]] were
    killed by Pakistani shelling, most of them in Poonch. Officials in Poonch said
    [[about 15,000 residents|displaced;a=Officials in Poonch]] had fled, and that shells had
    damaged [[more than 300 houses|housing;a=Officials in Poonch]]. India shut
    [[32 airports|other;u=structure]] in the north and west during the fighting; they reopened on
    Monday.""",
)

item(
    "Thai-Cambodian ceasefire takes effect at midnight",
    """The ceasefire agreed in Putrajaya on Monday took effect at midnight after {{five days}} of
    fighting along the border, in which
    [[at least 43 people|killed;a=officials on both sides]] were killed, according to officials
    on both sides. Thailand said [[more than 138,000 people|displaced;a=Thailand]] had been
    evacuated from border areas, and Cambodia said [[about 140,000|displaced;a=Cambodia]] had
    fled. Malaysia said a team of
    [[up to 13 military observers|other;p;a=Malaysia]] from ASEAN countries would monitor the
    truce. Cambodia's information ministry said
    [[at least 200 homes|housing;a=Cambodia's information ministry]] had been damaged by Thai
    artillery and air strikes. The Thai army said it was holding
    [[18 Cambodian soldiers|arrested;a=The Thai army]] captured after the truce took effect.""",
)

item(
    "Border villagers go home as Thai-Cambodian truce holds",
    """Thailand's interior ministry said
    [[more than 100,000 people|returned;a=Thailand's interior ministry]] had gone home from
    evacuation centres in Surin, Sisaket and Buriram. The ministry said
    [[about 60 centres|capacity;a=The ministry;alt=Thailand's interior ministry]] remained open,
    housing [[12,000 people|displaced;a=The ministry;alt=Thailand's interior ministry]] whose
    villages lie within {{5 km}} of the border. Cambodian officials said
    [[about 90,000 people|returned;a=Cambodian officials]] had gone back to their homes in Oddar
    Meanchey and Preah Vihear. Thailand's army said it had found
    [[more than 50 landmines|other;u=other;a=Thailand's army]] near the border since the truce,
    and that [[three soldiers|injured;a=Thailand's army]] had lost legs to mines in the past
    {{two weeks}}.""",
)

# ---------------------------------------------------------------- numbers but no figure

item(
    "Colombia sets aside $10bn for peace accord as deadlines slip",
    """Colombia's finance ministry has set aside {{41 trillion pesos}}, about {{$10 billion}},
    for carrying out the {{2016}} peace accord in next year's budget, {{12%}} more than this
    year. The comptroller's office says that at the current pace the accord's land reform will
    not be finished until {{2040}}, {{nine years}} after the {{15-year}} deadline of {{2031}}.
    The Special Jurisdiction for Peace, set up in {{2018}}, handed down its {{first sentences}}
    in {{September 2025}}. Congress has until {{20 June}} to vote on extending the accord's fast
    track.""",
)

item(
    "Ten years on, Myanmar's nationwide ceasefire is a dead letter",
    """The Nationwide Ceasefire Agreement was signed in Naypyitaw on {{15 October 2015}} under a
    government that expected it to lead to a federal union within {{five years}}. Its
    {{10th anniversary}} passed almost unmarked. Since the coup of {{1 February 2021}}, the
    military has kept {{25%}} of parliamentary seats under the {{2008}} constitution, and
    elections it held in {{December 2025}} were boycotted by most parties. The junta's peace
    talks committee met in Naypyitaw on {{14 October}} for {{three hours}}.""",
)
