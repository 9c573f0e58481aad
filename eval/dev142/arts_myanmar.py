"""Myanmar: resistance and ethnic armed groups' claims, junta claims in state media, airstrike
tolls, political prisoners and the displaced (6 texts with figures, 1 without)."""

from _wrap import item

item(
    "Brotherhood Alliance says it has seized 180 junta outposts in northern Shan",
    """The Three Brotherhood Alliance said on Thursday it had seized
    [[more than 180 junta outposts|other;a=The Three Brotherhood Alliance]] and
    [[four towns|other;a=The Three Brotherhood Alliance]] in northern Shan State since
    launching Operation {{1027}} on {{October 27}}. The alliance said its fighters had also
    captured [[11 tanks|other;a=The alliance;alt=The Three Brotherhood Alliance]] and
    [[more than 100 heavy weapons|other;a=The alliance;alt=The Three Brotherhood Alliance]].
    In Hsenwi, a junta battalion of [[about 200 soldiers|arrested;a=the Myanmar National
    Democratic Alliance Army (MNDAA)]] surrendered with their families, the Myanmar National
    Democratic Alliance Army (MNDAA) said. Junta spokesman Major General Zaw Min Tun admitted
    that the military had lost control of [[three towns|other;a=Zaw Min Tun]], calling it a
    temporary withdrawal. The UN said [[more than 50,000 people|displaced;a=The UN]] had been
    displaced in northern Shan since the offensive began. Junta air strikes killed
    [[at least 10 civilians|killed;a=residents]] in Laukkai on Wednesday, residents told The
    Irrawaddy.""",
)

item(
    "Junta airstrike on Sagaing village kills at least 170",
    """A junta airstrike on Pazigyi village in Sagaing Region's Kanbalu Township killed
    [[at least 170 people|killed;a=residents and resistance sources]], including
    [[about 40 children|killed;a=residents and resistance sources]], residents and resistance
    sources told Myanmar Now. [[An estimated 300 villagers|civilians]] had gathered for the
    opening of a local administration office when a fighter jet dropped bombs on the crowd,
    followed by a helicopter gunship that fired on survivors. The National Unity Government
    said [[more than 20 houses|housing;a=The National Unity Government]] were destroyed in the
    fire that followed, and that [[about 30 wounded|injured;a=The National Unity Government]]
    had been carried to clinics in neighbouring villages. The regime's spokesperson confirmed
    the strike, saying it had targeted
    a ceremony of People's Defence Force "terrorists". According to the Assistance Association
    for Political Prisoners (AAPP), the regime has killed
    [[more than 3,300 civilians|killed;a=the Assistance Association for Political Prisoners
    (AAPP)]] since the {{2021}} coup.""",
)

item(
    "State media says 42 'terrorists' killed in Magway; resistance says five",
    """Security forces killed [[42 members|killed;a=The Global New Light of Myanmar]] of
    "terrorist groups" in clashes in Magway Region's Gangaw Township, state-run newspaper The
    Global New Light of Myanmar reported on Monday, and seized
    [[36 firearms|other;a=The Global New Light of Myanmar]] and
    [[1,200 rounds|other;a=The Global New Light of Myanmar]] of ammunition. The report said
    [[four soldiers|killed;a=The report;alt=The Global New Light of Myanmar]] were killed. A
    spokesman for the Yaw Defence Force told The Irrawaddy that
    [[five of its fighters|killed;a=A spokesman for the Yaw Defence Force]] had died and
    dismissed the junta's figure as propaganda. The regime regularly publishes claims of
    "terrorist" casualties without evidence. Locals said
    [[about 3,000 residents|displaced;a=Locals]] had fled the fighting to neighbouring
    villages, and that troops had set fire to [[more than 100 houses|housing;a=Locals]] in
    Kyin village before withdrawing.""",
)

item(
    "More than 22,000 political prisoners still held, AAPP says",
    """Myanmar's military regime has arrested [[more than 29,000 people|arrested;a=the
    Assistance Association for Political Prisoners (AAPP)]] since the coup, according to the
    Assistance Association for Political Prisoners (AAPP). Of them,
    [[more than 22,000|arrested;a=the group;alt=the Assistance Association for Political
    Prisoners (AAPP)]] remain in detention, the group said. The AAPP has documented the
    killing of [[6,600 people|killed;a=The AAPP]] by junta forces. The junta announced an
    amnesty for [[5,864 prisoners|arrested;a=The junta]] to mark Union Day, but only
    [[about 180|arrested;a=the AAPP]] were political detainees, according to the AAPP. The
    group says [[at least 1,900 people|arrested;a=The group;alt=The AAPP]] have been sentenced
    by military tribunals, [[about 150 of them|arrested;n=-;a=The group;alt=The AAPP]] to
    death.""",
)

item(
    "Arakan Army says it has taken Maungdaw, captured 300 junta troops",
    """The Arakan Army said on Monday it had taken full control of Maungdaw, on the border with
    Bangladesh, after an {{eight-month}} siege, and captured
    [[more than 300 junta soldiers|arrested;a=The Arakan Army]], among them a brigadier
    general. The ethnic armed group said [[about 70 soldiers|killed;a=The ethnic armed
    group;alt=The Arakan Army]] of the junta's Border Guard Police Command had died in
    the final assault, and that it had seized [[more than 400 weapons|other;a=The ethnic armed
    group;alt=The Arakan Army]]. The junta did not comment. With Maungdaw, the AA now controls
    [[14 townships|other;u=other]] in Rakhine State and the entire
    {{270-kilometre}} border with Bangladesh. Bangladeshi officials said
    [[about 60,000 Rohingya|displaced;a=Bangladeshi officials]] had crossed the border in
    recent months, adding to [[more than 1 million|displaced;a=Bangladeshi officials]] already
    in camps in Cox's Bazar. Rohingya activists accuse the AA of abuses, including a drone
    attack on {{August 5}} that killed [[dozens of people|killed]] waiting to cross the Naf
    river by boat; the group denies it. Rohingya who remain in Maungdaw told The Irrawaddy that
    [[hundreds of young men|combatants;a=Rohingya who remain in Maungdaw]] had been conscripted
    by the junta earlier in the year
    to fight the AA. The UN warned that [[about 2 million people|civilians;a=The UN]] in
    Rakhine faced famine conditions because of the blockade of the state.""",
)

item(
    "Military launched more than 60 attacks after quake ceasefire, UN says",
    """The Myanmar military carried out [[more than 60 attacks|other;u=other;a=the UN human
    rights office]], including [[16 airstrikes|other;u=other;a=the UN human rights office]],
    after it declared a ceasefire following the {{March 28}} earthquake, the UN human rights
    office said on Tuesday. [[At least 68 civilians|killed;a=the UN human rights office]] were
    killed in those attacks, it said. The quake itself killed
    [[more than 3,700 people|killed;a=the junta]], according to the junta. The Ta'ang National
    Liberation Army said junta jets had bombed
    [[two villages|other;a=The Ta'ang National Liberation Army]] in Nawnghkio township on the
    day the truce began. The Kachin
    Independence Army said it had repelled [[two assaults|other;u=other;a=The Kachin
    Independence Army]] on its positions near Bhamo during the truce.""",
)

item(
    "Junta sets election date as conscription drive continues",
    """Myanmar's military government said the first phase of its general election would be held
    on {{December 28}}, {{nearly five years}} after it seized power in {{February 2021}}. Under
    the
    conscription law activated in {{February 2024}}, men {{aged 18 to 35}} and women aged
    {{18 to 27}} can be called up for up to {{two years}}. Resistance groups have vowed to
    disrupt the vote, and the National Unity Government called it a sham.""",
)
