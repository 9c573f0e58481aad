"""The Middle East: Iran, Iraq and Lebanon (9 items, 1 without a figure)."""

from _wrap import item

item(
    "Rights group says Iranian forces have killed 448 protesters",
    """Iranian security forces have killed [[at least 448 protesters|killed;a=Iran Human Rights]],
    among them [[60 children|killed;a=Iran Human Rights]] and [[29 women|killed;a=Iran Human
    Rights]], since nationwide demonstrations broke out over the death in custody of Mahsa Amini
    in September, Iran Human Rights, a group based in Oslo, said on Tuesday. The group said [[16
    of the deaths|killed;a=The group;alt=Iran Human Rights]] in the past week had occurred in
    Kurdish-majority cities in the west, where the Revolutionary Guards have sent in armoured
    vehicles and heavy machine guns. The Human Rights Activists News Agency (HRANA) put the
    number of people detained at [[18,170|arrested;a=The Human Rights Activists News Agency]],
    including [[532 students|arrested;a=The Human Rights Activists News Agency]], and said
    protests had been recorded in [[161 cities|other;u=other;a=The Human Rights Activists News
    Agency]]. Iranian officials have acknowledged the deaths of [[more than 50 members|killed;
    a=Iranian officials]] of the security forces. Judiciary chief Gholamhossein Mohseni Ejei said
    on Monday that [[11 people|arrested;a=Judiciary chief Gholamhossein Mohseni Ejei]] had so far
    been sentenced to death over what officials call "riots". Amini, a {{22-year-old}} Kurdish
    woman, died on {{September 16}}, {{three days}} after she was arrested by the morality police in
    Tehran for allegedly wearing her hijab improperly. Access to Instagram and WhatsApp has been
    blocked since then, and mobile internet is routinely cut in the evenings.""",
)

item(
    "Officials put toll of Iran's fuel-price unrest at 1,500",
    """DUBAI (Reuters) - [[Some 1,500 people|killed;a=Iranian interior ministry officials]] died in
    under {{two weeks}} of unrest that began on {{November 15}} after a rise in
    gasoline prices, Iranian interior ministry officials told Reuters. The toll included [[at
    least 17 teenagers|killed;a=the officials;alt=Iranian interior ministry officials]] and
    [[about 400 women|killed;a=the officials;alt=Iranian interior ministry officials]], as well
    as some members of the security forces and police, the officials said. Amnesty International
    has put the death toll at [[304|killed;a=Amnesty International]], and a member of
    parliament's national security committee said [[about 7,000 people|arrested;a=a member of
    parliament's national security committee]] had been detained. The price of gasoline rose by
    at least {{50%}} overnight, and the authorities imposed a near-total internet shutdown for
    about a week.""",
)

item(
    "Bazaar strikes spread as rial collapses; rights group counts 36 dead",
    """Protests that began among shopkeepers in Tehran's Grand Bazaar over the collapse of the rial
    have spread to [[more than 100 towns and cities|other;u=other;n=towns and cities;a=the Human
    Rights Activists News Agency]], according to the Human Rights Activists News Agency (HRANA).
    The US-based group says [[at least 36 people|killed;a=The US-based group;alt=the Human
    Rights Activists News Agency]], including [[four members|killed;a=The US-based group;alt=the
    Human Rights Activists News Agency]] of the security forces, have been killed in the week
    since the strikes started, and that [[2,076 people|arrested;a=The US-based group;alt=the
    Human Rights Activists News Agency]] have been detained. The currency has lost nearly half
    its value since June and traded at about {{1.4 million rials}} to the dollar on Sunday. The
    judiciary chief warned that "rioters" would be shown no leniency. Relatives say they have
    had no word of [[about 60 detainees|missing;a=Relatives]] since their arrest. The authorities have
    closed schools and government offices in [[14 provinces|other;u=other]], officially to save
    energy, and the Tasnim news agency, which is close to the Revolutionary Guards, said [[32
    people|arrested;a=the Tasnim news agency]] had been arrested in Kermanshah for "organising
    riots".""",
)

item(
    "Tenth protester executed as Iran hangs young barber",
    """The Islamic Republic hanged a {{23-year-old}} barber from Tehran at dawn on Tuesday for allegedly killing a police officer during the "Woman, Life, Freedom" protests,
    bringing to [[10|killed;a=IranWire]] the number of protesters put to death in connection
    with the uprising, according to IranWire. His lawyer said the Supreme Court
    had ordered a retrial that never took place. Amnesty International says [[at least 25 other
    people|arrested;a=Amnesty International]] remain at risk of execution over the protests,
    [[six|arrested;a=Amnesty International]] of whom have already had their death sentences
    upheld. Iran Human Rights, based in Norway, said [[at least 834 people|killed;a=Iran Human
    Rights]] were executed in Iran last year, the highest number since {{2015}}, including
    [[eight|killed;a=Iran Human Rights]] linked to the protests. Outside Ghezel Hesar prison in
    Karaj, [[dozens of relatives and activists|other;n=relatives and activists]] gathered
    overnight in a last attempt to stop the hanging, and security agents detained [[at least
    four|arrested;a=a witness]] of them, a witness told IranWire.""",
)

item(
    "Iraq protests: 63 killed in two days as offices burned",
    """Baghdad, Iraq – [[At least 63 people|killed;a=the country's semi-official human rights
    commission]] have been killed and [[more than 2,500|injured;a=the country's semi-official
    human rights commission]] wounded in {{two days}} of renewed anti-government protests across
    Iraq, the country's semi-official human rights commission said on Saturday. Most of the
    deaths were in the south, where protesters set fire to the offices of political parties and
    Iran-backed armed groups. In Diwaniya, [[12 protesters|killed;a=a local health official]]
    died when a building they had set alight collapsed around them, a local health official
    said. The Iraqi High Commission for Human Rights said [[68 members|injured;a=The Iraqi High
    Commission for Human Rights]] of the security forces were among the wounded and that [[98
    government buildings and party offices|housing;u=structure;n=government buildings and party
    offices;a=The Iraqi High Commission for Human Rights]] had been torched. A government inquiry
    this week found that [[149 civilians|killed;a=A government inquiry]] and [[eight security
    personnel|killed;a=A government inquiry]] were killed in the first wave of protests between
    {{October 1 and 6}}, and that {{70%}} of the dead had been shot in the head or chest.
    Curfews were declared in Basra, Nasiriya and [[four other provinces|other;u=other]]. Prime Minister Adel Abdul Mahdi, who took office a year ago,
    has promised a cabinet reshuffle and jobs for graduates. In
    Baghdad, security forces fired tear gas canisters directly at protesters on the Jumhuriya
    bridge, and medics said [[two men|killed;a=medics]] died after canisters lodged in their
    skulls. Demonstrators are demanding an end to a political system they say has enriched a few
    while leaving unemployment among young people at about {{25%}}. The movement has no
    formal leaders and is organised on social media, which the authorities have repeatedly
    blocked. In a sermon read out in Karbala on Friday, Grand Ayatollah Ali al-Sistani urged the
    security forces to show restraint.""",
)

item(
    "Beirut protesters storm ministries as rage over blast boils over",
    """BEIRUT (AP) — Lebanese security forces fired tear gas and rubber bullets at [[thousands of
    protesters|other]] who tried to storm parliament on Saturday, in the largest demonstration
    since the explosion that tore through Beirut {{four days}} earlier. The Lebanese Red Cross said
    it had treated [[238 people|injured;a=The Lebanese Red Cross]] at the scene and taken
    [[63|injured;a=The Lebanese Red Cross]] to hospitals. Police said a police officer died after
    falling into an elevator shaft in a building where he had been chased by protesters, and that
    [[70 members|injured;a=Police]] of the security forces were hurt. Demonstrators briefly took
    over the foreign ministry, declaring it the headquarters of the "revolution", and set fire to
    the entrance of the Association of Banks. The blast at the port on Tuesday killed [[at least
    158 people|killed;a=officials]], injured [[more than 6,000|injured;a=officials]] and left
    [[some 300,000 people|displaced;a=officials]] homeless, officials say. [[Twenty-one
    people|missing]] are still missing. Several protesters hung nooses from wooden gallows set up
    in Martyrs' Square and chanted for the downfall of a political class they blame for the
    disaster.""",
)

item(
    "Lebanese pound breaks 100,000 to the dollar",
    """The Lebanese pound fell past {{100,000}} to the US dollar on the parallel market on Tuesday,
    having lost about {{98%}} of its value since the {{2019}} uprising. The official rate was
    moved to {{15,000}} on {{February 1}}, from the {{1,507.5}} peg in place since {{1997}}.
    Depositors have been limited to withdrawals of around {{$400}} a month, and the Depositors'
    Union said it would hold sit-ins outside bank branches from {{10 a.m.}} on Thursday.
    Inflation reached {{190%}} in January. Caretaker Prime Minister Najib Mikati's government has
    failed to implement the reforms the IMF requested in exchange for a {{$3 billion}} loan.""",
)
