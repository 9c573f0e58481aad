"""Science and environment: a reef survey, turtles nesting, tree planting, a beach clean-up,
new species, a whale stranding, rhino poaching, and one astronomy item without a figure."""

from _wrap import item

item(
    "Northern reef coral at highest level in 36 years of monitoring",
    """
    Coral cover on the northern Great Barrier Reef reached {{36%}}, its highest level since
    monitoring began in {{1986}}, the Australian Institute of Marine Science said on Thursday.
    Survey teams visited [[87 reefs|other;u=other]] between {{August 2021}} and {{May 2022}}.
    The reef system stretches for about {{2,300 km}} and is made up of
    [[about 3,000 individual reefs|other;u=other]]. Scientists cautioned that the gains were
    driven by fast-growing corals that are the first to die in marine heatwaves, and that the
    summer's mass bleaching was the {{fourth}} since {{2016}}. Tourism on the reef supports
    [[about 64,000 jobs|other;u=other;a=a Deloitte study]], according to a Deloitte study.
    """,
)

item(
    "Olive ridleys nest by the thousand at Costa Rica's Ostional beach",
    """
    [[An estimated 180,000 olive ridley turtles|other;u=other;a=the National System of Conservation Areas]]
    came ashore to nest at Ostional on Costa Rica's Pacific coast over {{five nights}} this week,
    according to the National System of Conservation Areas. Rangers and
    [[about 120 volunteers|other]] patrolled the {{7 km}} beach to keep dogs and vultures away.
    Under a licence dating from {{1987}}, residents may collect eggs laid in the first
    {{36 hours}} of each mass arrival, when later nesters would destroy them anyway, and
    [[about 250 families|other]] in the village depend on the harvest. Fewer than {{10%}} of the
    eggs left in the sand hatch. Biologists counted [[14 such arrivals|other;u=other;a=Biologists]] last year.
    """,
)

item(
    "Ethiopia says volunteers planted 566 million seedlings in a day",
    """
    Volunteers planted [[about 566 million seedlings|other;u=other;a=Prime Minister Abiy Ahmed's office]]
    in {{12 hours}} on Monday, Prime Minister Abiy Ahmed's office said, in the latest mass
    planting of the Green Legacy campaign.
    [[More than 29 million people|other;a=the office;alt=Prime Minister Abiy Ahmed's office]]
    took part at [[some 6,500 sites|other;a=the office;alt=Prime Minister Abiy Ahmed's office]],
    the office said. The figures could not be verified independently. The campaign, launched in
    {{2019}}, has a target of [[50 billion trees|other;u=other;p]] by {{2026}}. Researchers have
    questioned survival rates on degraded land, where they estimate that only {{about 60%}} of
    seedlings live through their first dry season.
    """,
)

item(
    "Volunteers pull more than 5,000 tonnes of waste off Mumbai beach",
    """
    [[More than 5,000 tonnes|other;a=the organisers]] of plastic and rubbish have been cleared
    from Versova beach since the clean-up began in {{2015}}, the organisers said on Sunday. What
    started with [[two people|other]] and a few sacks now draws
    [[about 1,200 volunteers|other]] on a busy weekend. The municipal corporation sends
    [[six trucks|other]] every Sunday to haul away what they collect. In March, forest officials
    watched [[about 80 olive ridley hatchlings|other;u=other]] reach the sea, the first seen on
    the beach in {{two decades}}. The {{3 km}} beach had been buried in waste up to {{1.5 metres}}
    deep in places.
    """,
)

item(
    "Scientists describe 224 new species in the Greater Mekong",
    """
    Scientists described [[224 new species|other;u=other;a=WWF]] in the Greater Mekong region
    in {{2020}}, WWF said in a report on Tuesday, among them a monkey found only on an extinct
    volcano in Myanmar. The finds include [[155 plants|other;u=other]],
    [[35 reptiles|other;u=other]], [[17 amphibians|other;u=other]] and
    [[16 fish|other;u=other]]. The Popa langur, named after Mount Popa, numbers
    [[only about 200 animals|other;u=other;a=researchers]], researchers estimate. Since
    {{1997}}, [[more than 3,000 species|other;u=other]] have been described in Cambodia, Laos,
    Myanmar, Thailand and Vietnam.
    """,
)

item(
    "Hundreds of pilot whales stranded on Tasmania's west coast",
    """
    [[About 230 pilot whales|other;u=other;a=Tasmania's parks and wildlife service]] stranded on Ocean Beach near Strahan on
    Wednesday, and rescuers believe {{about half}} of them are still alive, Tasmania's parks and
    wildlife service said. By Thursday evening, [[32 whales|other;u=other]] had been refloated
    with slings and boats.
    [[More than 50 staff and volunteers|other;n=staff and volunteers]] worked in cold surf.
    The animals can grow to {{6 metres}} and weigh up to {{3 tonnes}}, which makes them hard to
    move. In {{2020}}, [[about 470 whales|other;u=other]] stranded in nearby Macquarie Harbour,
    and [[111|other;u=other]] were saved.
    """,
)

item(
    "Rhino poaching rises in South Africa as gangs move to KwaZulu-Natal",
    """
    Poachers killed [[499 rhinos|other;u=other;a=the environment minister]] in South Africa in
    {{2023}}, up {{11%}} from a year earlier, the environment minister said on Tuesday.
    [[325 of them|other;u=other;n=-]] were killed in KwaZulu-Natal's state parks, most in
    Hluhluwe-iMfolozi, as heavier protection in Kruger pushed gangs south. Police arrested
    [[49 suspected poachers and traffickers|arrested;n=poachers and traffickers]] during the
    year. Kruger's white rhinos now number
    [[between 2,000 and 2,500|other;u=other]], down from
    [[more than 10,000|other;u=other]] in {{2011}}. Rangers in the province have dehorned
    [[more than 1,000 animals|other;u=other]] since {{2022}}.
    """,
)

item(
    "Webb telescope spots most distant galaxy yet",
    """
    Astronomers using the James Webb Space Telescope have confirmed a galaxy that formed
    {{290 million years}} after the Big Bang, the most distant yet seen. The galaxy,
    {{JADES-GS-z14-0}}, has a redshift of {{14.32}}, and its light has travelled for about
    {{13.5 billion years}}. It is about {{1,600 light years}} across, larger than models
    predicted for so early a galaxy. The telescope, launched on {{December 25}}, {{2021}}, has a
    mirror {{6.5 metres}} wide and orbits about {{1.5 million km}} from Earth.
    """,
)
