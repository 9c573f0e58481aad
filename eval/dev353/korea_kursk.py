"""North Korean troops sent to Russia: deployments, dead, wounded, missing and the prisoners
taken in Kursk (dev353)."""

from _wrap import item

item(
    "NIS says North Korea has sent about 10,000 troops to Russia",
    """North Korea has sent [[about 10,000 soldiers|combatants;a=South Korea's National
    Intelligence Service]] to Russia, South Korea's National Intelligence Service said on Wednesday, and
    [[some 3,000|combatants;n=-;a=it]] have already moved towards the front near Kursk, it said.
    The first contingent of [[1,500 special forces troops|combatants]] from the {{11th}} Corps,
    known as the Storm Corps, sailed from Chongjin on Russian navy ships in {{mid-October}}.
    Lawmakers briefed by the agency said Pyongyang could eventually send [[as many as 12,000
    troops|combatants;p;a=Lawmakers]]. Officers were being trained by [[about 500 Russian
    instructors|combatants;a=The agency;alt=South Korea's National Intelligence Service]], The agency
    said. The soldiers, mostly in their {{early 20s}}, were issued Russian uniforms and
    identity papers from Buryatia. [[About 2,000 families|displaced;a=the agency;alt=South Korea's National Intelligence Service]] of the deployed soldiers were moved to closed compounds, the agency said.""",
)

item(
    "Zelensky says 3,000 North Korean soldiers killed or wounded",
    """More than [[3,000 North Korean soldiers|killed;a=President Volodymyr Zelensky;q=at_least]]
    have been killed or wounded in Russia's Kursk region, President Volodymyr Zelensky said
    on Monday, citing preliminary data. Ukraine's military said [[about 100|killed;n=-;a=Ukraine's
    military]] were killed in a single day of fighting near the village of Plekhovo. Seoul's
    spy agency gave a lower estimate, saying [[at least 100 North Koreans|killed;a=Seoul's spy
    agency]] had been killed and [[nearly 1,000|injured;n=-;a=Seoul's spy agency]] wounded since
    they entered combat in {{December}}. Drones accounted for most of the casualties, the
    agency said, because the troops advanced in dense columns across open fields. Ukrainian
    forces also claimed to have destroyed [[three armoured vehicles|other;a=Ukrainian
    forces]] carrying North Korean infantry. Kyiv said [[nearly 500 Ukrainian soldiers|killed;a=Kyiv]] had died in the same sector, and [[about 1,200|injured;n=-;a=Kyiv]] had been wounded.""",
)

item(
    "Ukraine captures two North Korean soldiers in Kursk",
    """Ukrainian special forces have captured [[two North Korean soldiers|arrested;a=President
    Volodymyr Zelensky]] in the Kursk region, President Volodymyr Zelensky said on Saturday,
    releasing photographs of the wounded men. One, aged {{26}}, had a jaw injury; the other,
    {{20}}, was wounded in the leg. Both were taken to Kyiv, where they were being questioned
    with the help of the NIS. Ukraine's SBU security service said the men had been told they
    were going on a training exercise. [[At least three other North Koreans|killed;a=the SBU]]
    died of their wounds before they could be evacuated, the SBU said, and [[one|killed;n=-;a=the SBU]]
    killed himself with a grenade to avoid capture. Kyiv has offered to hand [[the two
    prisoners|arrested;a=Kyiv]] to Seoul if they ask. [[About 40 Ukrainian soldiers|combatants;a=the SBU]] took part in the raid that captured them, the SBU said. [[Two Ukrainian paratroopers|injured]] were wounded.""",
)

item(
    "NIS revises North Korean casualties in Russia up to 4,700",
    """About [[4,700 North Korean troops|killed;a=the NIS]] have been killed or wounded
    fighting for Russia, the NIS told lawmakers on Thursday, including [[about 600
    dead|killed;a=the NIS]]. In {{January}} the agency had put the toll at [[300
    killed|killed]] and [[2,700 wounded|injured]]. The spy service said Pyongyang had since sent
    [[another 3,000 soldiers|combatants;a=The spy service;alt=the NIS]] as replacements,
    bringing the total deployed to [[roughly 14,000|combatants;n=-;a=The spy service;alt=the NIS]]. [[About 1,000 of the
    wounded|injured;a=the agency]] have been flown home to hospitals in Pyongyang, the agency
    said. The deployment is Pyongyang's first large-scale involvement in a foreign war since the
    {{1970s}}.""",
)

item(
    "Pyongyang admits its troops fought in Kursk, honours the dead",
    """North Korea acknowledged for the first time on Monday that its troops had fought in
    Russia's Kursk region, and Kim Jong Un promised a monument to the fallen in Pyongyang.
    State media showed Kim draping flags over coffins as the names of [[101 dead soldiers|killed]] were read
    out. South Korean analysts said the true number of dead was
    likely to be [[at least 2,000|killed;n=-;a=South Korean analysts]]. KCNA said [[thousands of
    soldiers|combatants;a=KCNA]] had taken part in what it called the liberation of Kursk.
    Seoul's defence ministry said [[about 1,000 engineers|combatants;p;a=Seoul's defence
    ministry]] and [[5,000 military builders|combatants;p;a=Seoul's defence ministry]] would follow to help rebuild the
    region. [[About 30 injured veterans|injured]] were seated in the front row.""",
)

item(
    "Captured North Korean soldiers say they want to go to South Korea",
    """[[Two North Korean prisoners of war|arrested;a=a South Korean lawmaker]] held in
    Ukraine have said they wish to live in South Korea, a South Korean lawmaker who met them in
    Kyiv said. Seoul's foreign ministry said it was ready to accept [[both men|arrested;v=2;q=exact;a=Seoul's
    foreign ministry]]. Ukraine is holding [[about 8,000 Russian prisoners|arrested;a=Kyiv]],
    Kyiv says, and wants to swap them for the [[6,000 Ukrainians|arrested;a=Kyiv]] in Russian
    custody. International law requires prisoners to be repatriated at the end of hostilities,
    but the UN refugee agency says no one may be returned to a country where they face
    persecution. [[More than 200 North Korean defectors|other;a=activists]] have signed a petition urging Seoul to bring them over, activists said. The lawmaker said [[about 3,000 people|displaced;a=The lawmaker]] who fled the North now live in the Seoul district she represents.""",
)

item(
    "North Korean soldiers missing after failed assault, Kyiv says",
    """[[Dozens of North Korean soldiers|missing;a=Ukraine's special operations forces]] are
    missing after a failed assault near Malaya Loknya, Ukraine's special operations forces
    said on Tuesday. The unit said it had killed [[about 40 attackers|killed;a=The
    unit;alt=Ukraine's special operations forces]] and wounded [[another 25|injured;n=-;a=The
    unit;alt=Ukraine's special operations forces]]. [[Three bodies|killed]] were left behind with
    notebooks and identity cards. Seoul could not verify the claim. The assault force numbered
    [[between 150 and 200 men|combatants;a=Ukrainian officers]], Ukrainian officers
    estimated. [[Seven Ukrainian soldiers|injured;a=the unit]] were wounded, the unit said, and [[two|missing;n=-;a=the unit]] were listed as missing.""",
)

item(
    "Shells and missiles: what Pyongyang has shipped to Moscow",
    """North Korea has shipped [[more than 20,000 containers|other;a=South Korea's
    military]] of munitions and weapons to Russia since {{August 2023}}, South Korea's military
    said, holding [[as many as 9 million artillery shells|other;a=South Korea's military]]. Ukraine's military
    intelligence said [[about 120 KN-23 missiles|other;a=Ukraine's military intelligence;n=missiles]]
    had been fired at Ukrainian cities. North Korea also sent [[about 200 long-range artillery
    pieces|other;a=officials]] and [[dozens of multiple rocket launchers|other;a=officials]], officials said. In
    return, Russia supplied more than {{1 million barrels}} of oil, the NIS said. [[At least 24 civilians|killed;a=Ukrainian officials]] were killed by North Korean missiles in Kyiv in {{April}}, Ukrainian officials said, and [[more than 90|injured;n=-;a=Ukrainian officials]] were injured.""",
)

item(
    "British intelligence puts North Korean losses at 6,000",
    """North Korean units have suffered [[around 6,000 casualties|killed;a=Britain's Defence
    Ministry]] in Kursk, Britain's Defence Ministry said in its daily intelligence update, a
    rate it called unsustainable. Of the [[roughly 11,000 troops|combatants;a=the update;alt=Britain's Defence Ministry]] first sent,
    {{more than half}} are now dead or wounded, the update said. The ministry said [[up to 1,500
    reinforcements|combatants;a=The ministry;alt=Britain's Defence Ministry]] arrived in
    {{February}}. Ukrainian forces said they had destroyed [[12 trucks|other;a=Ukrainian forces]] carrying North
    Korean troops near Sudzha. A Ukrainian drone unit reported killing [[22 North Korean
    soldiers|killed;a=A Ukrainian drone unit]] and wounding [[eight|injured;n=-;a=A Ukrainian
    drone unit]] in one ambush.""",
)

item(
    "Kursk villages in ruins as residents trickle back",
    """Russian officials in the Kursk region say [[more than 150,000 residents|displaced;a=Russian
    officials in the Kursk region]] fled when Ukrainian troops crossed the border in
    {{August 2024}}. [[About 20,000|returned;n=-;a=the regional governor]] have since gone home,
    the regional governor said. In Sudzha, [[nearly 2,000 homes|housing]] were damaged or
    destroyed. [[Some 6,000 people|displaced;a=the governor]] are still in temporary accommodation centres, and
    [[about 400 centres|capacity;a=the governor]] remain open across the region, the governor
    said. The North Korean troops who helped retake the town were later assigned to clear
    mines, Russian media reported. [[More than 300 residents|killed;a=Russian officials]] were killed during the occupation, Russian officials said, and [[about 600|missing;n=-;a=Russian officials]] are missing.""",
)

item(
    "North Korean deminers arrive in Kursk, state media confirms",
    """Pyongyang has sent [[1,000 deminers|combatants;a=North Korean state media]] and
    [[5,000 military construction workers|combatants;a=North Korean state media]] to Russia's Kursk region, North Korean
    state media said, in its first confirmation of a second deployment. Seoul's NIS said
    [[several hundred|combatants;n=-;a=Seoul's NIS]] had arrived by train through Khasan. Russian
    officials said the engineers would clear [[tens of thousands of mines|other;a=Russian officials]] left by
    both sides. [[At least 12 deminers|killed;a=a Ukrainian monitoring group]] have been killed
    by booby traps since they started work, a Ukrainian monitoring group claimed, and
    [[about 30|injured;n=-;a=a Ukrainian monitoring group]] hurt.""",
)

item(
    "Families in North told sons died 'heroically', defectors' radio says",
    """Families of North Korean soldiers killed in Russia have been given rice, a television
    and a certificate, a Seoul-based radio station run by defectors said, citing sources in
    Ryanggang province. [[At least 40 families|other;a=the station]] in Hyesan alone
    had been told their sons had died, the station said. [[About 250 bodies|killed;a=its
    sources]] were flown back in sealed coffins in {{June}}, according to its sources. Another
    [[80 soldiers|missing]] from the province are listed as missing. The regime has sent
    [[500 tonnes of rice|aid;a=the station]] to bereaved households, the station said. [[About 30 mothers|arrested;a=the station]] who complained in public were detained by the security police, the station said.""",
)

item(
    "Seoul weighs sending interrogators to Ukraine",
    """South Korea is considering sending [[a team of 10 intelligence officers|other;a=defence
    officials;q=exact;v=10]] to Ukraine to question captured North Korean soldiers, defence
    officials said on Friday. Kyiv says it holds [[two prisoners|arrested;a=Kyiv]] but that
    [[more than 30 North Koreans|killed;a=Kyiv]] have died rather than surrender. Seoul has also
    sent [[150 tonnes of medical supplies|aid]] to Ukraine since {{2022}}, but no weapons.
    Analysts said [[up to 20,000 North Koreans|combatants;p;a=Analysts]] could eventually rotate
    through the front. Seoul has also taken in [[about 20 Ukrainian refugees|displaced]] of Korean descent, and [[more than 1,500 ethnic Koreans|displaced;a=the foreign ministry]] fled Ukraine for South Korea, the foreign ministry said.""",
)

item(
    "Storm Corps conscripts aged 18 sent to the front, Ukrainian intelligence says",
    """Ukraine's military intelligence agency, the HUR, said [[about 11,000 North Korean
    troops|combatants;a=Ukraine's military intelligence agency]] were in the Kursk region in
    {{December}}, many of them conscripts aged {{18 to 20}}. The HUR said [[at least 200
    of them|killed;n=-;a=The HUR]] had been killed in the first week of fighting and [[many
    hundreds|injured;n=-;q=approx;v=200;lo=200;hi=999;a=The HUR]] wounded. North Korean soldiers shot
    dead [[eight of their own wounded comrades|killed;a=Ukrainian officers]] to prevent them
    being captured, Ukrainian officers alleged. [[Three North Korean generals|combatants]] were
    reported to be in the region, including the deputy chief of the general staff.""",
)

item(
    "Putin signs mutual defence treaty with Pyongyang",
    """Vladimir Putin and Kim Jong Un signed a comprehensive strategic partnership treaty in
    Pyongyang on {{June 19, 2024}}, their first summit in {{nine months}}. {{Article 4}} of the
    treaty obliges each side to provide military assistance without delay if the other is
    attacked. The Russian leader's visit, his first since {{2000}}, lasted less than {{24
    hours}}. Russia's State Duma ratified the treaty in {{November}}, and trade between the two
    countries rose {{9%}} to about {{$34 million}}.""",
)

item(
    "Kim hands out medals as Kursk memorial museum is planned",
    """Kim Jong Un awarded the title Hero of the DPRK at a ceremony on {{August 22}} and
    said a museum to the Kursk operation would open by {{2026}}. The {{80th}} anniversary of
    the Workers' Party in {{October 2025}} featured a parade with the new {{Hwasong-20}}
    missile. The museum will cover {{12,000 square metres}}, state media
    said, and cost an undisclosed sum. Kim, {{41}}, spoke for {{40 minutes}}.""",
)
