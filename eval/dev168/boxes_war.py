"""Wars "in numbers": fact boxes, factboxes and chart captions, 2020-2025 (10 texts, all with
figures)."""

from _wrap import item

item(
    "Gaza war in numbers: two years on",
    """Two years after the war began on {{7 October 2023}}, these are the key numbers.

    Killed: [[more than 67,000 Palestinians|killed;a=the Gaza Health Ministry]], according to
    the Gaza Health Ministry. In Israel, [[about 1,200 people|killed]] were killed in the
    Hamas-led attack that started the war.

    Wounded: [[nearly 170,000|injured]].

    Displaced: [[About 1.9 million people|displaced;a=the UN]], or {{90%}} of the population,
    have been forced from their homes at least once, the UN says.

    Buildings: The UN satellite centre says [[about 193,000 structures|housing;a=The UN
    satellite centre]] have been damaged or destroyed, {{78%}} of the total.

    Aid workers: The UN counts [[more than 370|killed;a=The UN]] killed, among them
    [[more than 280|killed;a=The UN]] from its Palestinian refugee agency, UNRWA.

    Journalists: [[At least 197 journalists and media workers|killed;a=the Committee to Protect
    Journalists;n=journalists and media workers]], the Committee to Protect Journalists says.

    Hostages: Of [[the 251 people|kidnapped]] taken into Gaza, [[48|kidnapped]] were still
    held.""",
)

item(
    "FACTBOX-Ukraine's war after 1,000 days",
    """Russia's full-scale invasion of Ukraine reached its {{1,000th}} day on Tuesday. Here are some
    of its costs.

    CIVILIAN DEATHS: The UN human rights monitoring mission has verified
    [[at least 12,162 civilian deaths|killed;a=The UN human rights monitoring mission]],
    including [[659 children|killed;a=The UN human rights monitoring mission]], and says the
    real figure is likely considerably higher.

    INJURED: [[26,919 civilians|injured;a=the mission;alt=The UN human rights monitoring
    mission]] have been wounded, the mission says.

    REFUGEES: [[6.8 million Ukrainians|displaced;a=UNHCR]] are recorded as refugees worldwide,
    [[6.2 million|displaced;a=UNHCR]] of them in Europe, according to UNHCR.

    DISPLACED AT HOME: [[3.6 million people|displaced;a=the International Organization for
    Migration]], according to the International Organization for Migration.

    MILITARY LOSSES: Neither side publishes its own. Britain's defence ministry estimates that
    [[more than 700,000 Russian troops|killed;a=Britain's defence ministry]] have been killed or
    wounded. President Volodymyr Zelenskiy said in February that
    [[31,000 Ukrainian soldiers|killed;a=President Volodymyr Zelenskiy]] had died.

    TERRITORY: Russia occupies {{about 18%}} of Ukraine.""",
)

item(
    "Sudan's war at two: the numbers",
    """The war between Sudan's army and the paramilitary Rapid Support Forces entered its
    {{third year}} on Tuesday. Some key figures:

    Killed: No reliable count exists. The Armed Conflict Location and Event Data project has
    recorded [[more than 28,700 deaths|killed;a=The Armed Conflict Location and Event Data
    project]] in reported violence, while the former US envoy Tom Perriello has said
    [[as many as 150,000 people|killed;a=the former US envoy Tom Perriello]] may have died.

    Displaced: [[About 12.5 million people|displaced;a=UN agencies]] have been uprooted, UN
    agencies say, [[8.6 million|displaced;a=UN agencies]] inside Sudan and
    [[nearly 4 million|displaced;a=UN agencies]] in neighbouring countries.

    Returns: [[About 400,000 people|returned;a=the IOM]] have gone back to Gezira and Khartoum
    states since the army retook them, the IOM says.

    Hunger: [[24.6 million people|civilians;a=the IPC]] face acute food insecurity, according to
    the IPC.
    Famine has been confirmed in [[at least five areas|other;u=other]].

    Health: {{Up to 80%}} of hospitals in the conflict zones are out of service, the World
    Health Organization says.""",
)

item(
    "Syria one year after Assad, in numbers",
    """One year after the fall of Bashar al-Assad on {{8 December 2024}}, Syria's recovery is
    measured in returns. [[More than 1.2 million refugees|returned;a=UNHCR]] have come back from
    abroad, UNHCR says, most of them from Turkey and Lebanon.
    [[Almost 2 million internally displaced people|returned;a=the agency;alt=UNHCR]] have also
    gone back to
    their areas of origin, the agency says, many to homes that are no longer habitable. But
    [[about 7 million Syrians|displaced]] remain displaced inside the country, and
    [[4.5 million|displaced]] are still refugees abroad, [[about 2.4 million|displaced]] of them
    in Turkey. The Syrian Network for Human Rights counts
    [[more than 112,000 people|missing;a=The Syrian Network for Human Rights]] who disappeared in
    Assad-era detention. Only [[about 24,000 detainees|arrested]] walked out of the prisons when
    they were thrown open last December. The UN says
    [[16.5 million people|civilians;a=The UN]] need humanitarian aid this year.""",
)

item(
    "Yemen: a decade of war in numbers",
    """Houthi forces took Sanaa in September {{2014}}, and a Saudi-led coalition intervened in
    {{March 2015}}. A decade on, the UN Development Programme estimates that
    [[377,000 people|killed;a=the UN Development Programme]] had died by the end of {{2021}},
    {{about 60%}} of them from hunger, disease and a lack of health care rather than fighting.
    The Yemen Data Project logged [[more than 25,000 air raids|other;a=The Yemen Data
    Project;u=other]] between {{2015}} and {{2022}}. [[About 4.5 million people|displaced;a=the
    UN]] are
    displaced, and [[19.5 million|civilians;a=the UN]], more than half the population, need aid,
    the UN says. Yemen recorded [[more than 2.5 million suspected cholera cases|other]] from
    {{2016}} to {{2021}}, the largest outbreak in modern history. The Houthis are holding
    [[23 UN staff|arrested;a=the UN]], according to the UN.""",
)

item(
    "Tigray's war in numbers",
    """The war in Ethiopia's Tigray region ran from {{November 2020}} to the Pretoria peace deal
    of {{2 November 2022}}. Researchers at Ghent University estimate that
    [[between 385,000 and 600,000 civilians|killed;a=Researchers at Ghent University]] died from
    violence, starvation and a lack of health care. Olusegun Obasanjo, the African Union's
    mediator, has cited a figure of [[600,000 deaths|killed;a=Olusegun Obasanjo]]. Amnesty
    International documented the killing of [[hundreds of civilians|killed;a=Amnesty
    International]] in Axum in a single weekend. At the height of the war,
    [[2.1 million people|displaced]] had fled their homes and [[5.2 million|civilians]] needed
    food aid. Between {{July}} and {{November 2021}}, only [[about 1,300 trucks|aid]] reached
    the region, {{about 10%}} of [[the 100 a day|aid;p;a=the UN;n=-;u=other]] the UN said were
    needed.""",
)

item(
    "Lake Chad's forgotten war, in numbers",
    """Fifteen years after Boko Haram took up arms in {{2009}}, the conflict around Lake Chad has
    spread from Nigeria to Niger, Chad and Cameroon. UNDP estimated in {{2021}} that the war had
    killed [[nearly 350,000 people|killed;a=UNDP]] in north-east Nigeria,
    [[314,000|killed;a=UNDP]] of them from indirect causes such as hunger and disease.
    [[About 2.3 million people|displaced]] are displaced across the four countries,
    [[1.8 million|displaced]] of them in Nigeria's Borno, Adamawa and Yobe states. Since
    {{2021}} the Borno government has closed [[more than 20 camps|capacity]] in Maiduguri and
    resettled [[about 150,000 residents|returned]] in their home towns, many of which are still
    attacked. Amnesty International says [[thousands of women and girls|kidnapped;a=Amnesty
    International;n=women and girls]] have been abducted.""",
)

item(
    "Israel-Iran: the 12-day war in numbers",
    """The war began with Israeli strikes on Iran on {{13 June}} and ended with a US-brokered
    ceasefire on {{24 June}}.

    In Iran, the health ministry said [[610 people|killed;a=the health ministry]] were killed and
    [[4,746|injured;a=the health ministry]] wounded. The US-based rights group HRANA put the
    death toll at [[1,190|killed;a=The US-based rights group HRANA]], including
    [[436 civilians|killed;a=The US-based rights group HRANA]].

    In Israel, [[28 people|killed;a=Israel's health ministry]] were killed by Iranian missiles
    and [[more than 3,000|injured;a=Israel's health ministry]] treated in hospital, Israel's
    health ministry said.

    Iran fired [[about 550 ballistic missiles|other;a=the Israeli military]] and
    [[more than 1,000 drones|other;a=the Israeli military]] at Israel, according to the Israeli
    military.

    Iranian police said they had detained [[about 21,000 people|arrested;a=Iranian police]]
    during the war.""",
)

item(
    "FACTBOX-Lebanon's war and ceasefire in numbers",
    """The ceasefire between Israel and Hezbollah took effect at {{4am}} on {{November 27}}, after
    more than a year of cross-border fire and {{two months}} of all-out war. Lebanon's health
    ministry says [[more than 4,000 people|killed;a=Lebanon's health ministry]] were killed and
    [[16,500|injured;a=Lebanon's health ministry]] wounded in Lebanon since {{October 2023}}. At
    the peak, [[more than 1.2 million people|displaced;a=the government]] were displaced, the
    government says. In Israel, [[about 60,000 people|displaced]] were evacuated from the north,
    and [[more than 45 civilians|killed]] and [[about 70 soldiers|killed]] were killed in the
    north and the Golan Heights. Within a week of the truce,
    [[more than 600,000 people|returned;a=the IOM]] had gone back to the south and the Bekaa,
    according to the IOM. The World Bank estimates that
    [[99,000 housing units|housing;a=The World Bank]] were damaged or destroyed.""",
)

item(
    "Bangladesh's July uprising in numbers",
    """The UN human rights office said in a report in {{February 2025}} that
    [[as many as 1,400 people|killed;a=The UN human rights office]] may have been killed in the
    protests of {{July and August 2024}} that toppled Sheikh Hasina, {{12-13%}} of them
    children. [[More than 11,700 people|arrested;a=the office;alt=The UN human rights office]]
    were arrested, the office says. The interim government's health adviser has given a lower,
    confirmed toll of [[834|killed;a=The interim government's health adviser]].
    [[Around 44 police officers|killed;a=police]] were killed, according to police, many of
    them after Hasina fled on {{5 August}}. [[More than 20,000|injured;a=the health
    ministry]] were treated for injuries, the health ministry says.""",
)
