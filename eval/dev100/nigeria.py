"""Nigeria's middle belt (Plateau, Benue, Nasarawa, southern Kaduna, Taraba, Adamawa, Kogi),
2016-2025: village raids, herder-farmer clashes, reprisals, camps, relief, arrests, returns."""

from _wrap import item

item(
    "Gunmen raid Plateau villages, dozens killed",
    """JOS, Nigeria (Reuters) - Gunmen attacked [[at least 14 villages|other;a=local government
    chairman Monday Dachung]] in Plateau State's Bokkos area between Saturday night and Monday,
    killing [[at least 86 people|killed;a=local government chairman Monday Dachung]], local
    government chairman Monday Dachung said on Tuesday. Residents said the attackers set fire to
    [[more than 220 houses|housing;a=Residents]] and carted away freshly harvested grain. Police
    said [[six suspects|arrested;a=Police]] had been picked up in a forest near the boundary
    with Kaduna State. The Nigerian Red Cross said [[about 4,500 people|displaced;a=The Nigerian
    Red Cross]] were sheltering in schools and churches in Bokkos town.""",
)

item(
    "Attack on Benue market town kills 42",
    """MAKURDI, Nigeria (AP) - Suspected herders killed [[at least 42 people|killed;a=Benue
    police spokeswoman Grace Iorver]] in an overnight attack on Agasha in Benue State's Guma
    area, Benue police spokeswoman Grace Iorver said on Sunday. Many of the victims had been
    sleeping in the local market after fleeing earlier raids. "We evacuated [[28 injured
    people|injured;a=Terkura Ayila]] to the Federal Medical Centre in Makurdi, and [[five of
    them|injured;n=-;a=Terkura Ayila]] are in a critical state," said Terkura Ayila, a Red Cross
    volunteer. The attack came {{two weeks}} after [[12 farmers|killed]] were shot dead on their
    farms in neighbouring Logo.""",
)

item(
    "Worshippers abducted from southern Kaduna church",
    """Gunmen abducted [[32 worshippers|kidnapped;a=Kaduna State's commissioner for internal
    security]] from a Baptist church in Kauru, southern Kaduna, during Sunday service and shot
    dead [[three others|killed;a=Kaduna State's commissioner for internal security]] who tried
    to run, Kaduna State's commissioner for internal security said. He said troops had rescued
    [[11 of the captives|kidnapped;a=Kaduna State's commissioner for internal security]] by
    nightfall and were tracking the kidnappers towards the Kamuku forest. Relatives said the
    gang had demanded a ransom of {{N100 million}} for the rest.""",
)

item(
    "Nasarawa clashes push thousands into camps",
    """Clashes between Tiv and Alago communities in Nasarawa State's Keana and Awe areas have
    displaced [[more than 21,000 people|displaced;a=the State Emergency Management Agency]], the
    State Emergency Management Agency said on Thursday. The agency said the displaced were
    living in [[nine camps|capacity;a=The agency;alt=the State Emergency Management Agency]],
    the largest of them a primary school in Keana that now holds [[about 3,800
    people|displaced;a=The agency;alt=the State Emergency Management Agency]]. [[At least 19
    people|killed;a=police]] have been killed since the violence began on {{January 9}}, police
    said. The state government said it would send [[500 more policemen|combatants;p;a=The state
    government]] to the two local government areas.""",
)

item(
    "Fresh killings in Plateau's Bassa district",
    """Gunmen killed [[15 people|killed;a=the Irigwe Development Association]] in Nkiedonwhro
    village in Plateau's Bassa area late on Tuesday, the Irigwe Development Association said,
    bringing to [[more than 100|killed;a=the Irigwe Development Association]] the number of
    people killed in the district since {{April}}. The military task force, Operation Safe
    Haven, said it had arrested [[seven men|arrested;a=Operation Safe Haven]] and recovered
    [[four AK-47 rifles|other;v=4;n=rifles;a=Operation Safe Haven]] in a follow-up raid on a
    hideout near Miango.""",
)

item(
    "Curfew in Kajuru after attacks on Adara villages",
    """The Kaduna State government imposed a {{24-hour}} curfew on Kajuru local government area
    on Monday after attacks on [[three Adara villages|other]] left [[at least 38
    people|killed;a=commissioner Yakubu Danladi]] dead, commissioner Yakubu Danladi said. He
    said [[66 houses|housing;a=commissioner Yakubu Danladi]] had been burned and that [[several
    hundred residents|displaced;a=commissioner Yakubu Danladi]] had fled to Kajuru town. A
    {{70-year-old}} village head was among the dead.""",
)

item(
    "Taraba fighting sends thousands across state line",
    """Fighting between Tiv and Jukun militias around Wukari in Taraba State has driven [[some
    9,000 people|displaced;a=aid workers]] across the state line into Benue, aid workers said on
    Friday. At a camp in Ukum, a camp official said [[2,300 of the new arrivals|displaced;a=a
    camp official]] were children. Police said [[11 people|killed;a=Police]] had been killed and
    [[40 homes|housing;a=Police]] burned in {{four days}} of fighting, the worst since {{2019}}.""",
)

item(
    "Benue begins relief distribution in camps",
    """The Benue State Emergency Management Agency began distributing food on Wednesday to
    [[about 15,000 displaced households|aid]] living in [[14 official camps|capacity]] across
    the state. The consignment included [[3,000 bags of rice|aid;n=bags;u=other;a=executive
    secretary Sule Audu]], [[1,200 cartons of noodles|aid;n=cartons;u=other;a=executive
    secretary Sule Audu]] and [[5,000 mats|aid;u=other;a=executive secretary Sule Audu]],
    executive secretary Sule Audu told reporters in Makurdi. He said the state was hosting
    [[more than 1.5 million displaced people|displaced;v=1500000;a=executive secretary Sule
    Audu]], many of them from Guma, Gwer West and Agatu.""",
)

item(
    "Plateau to recruit 1,000 community guards",
    """Plateau State will recruit [[1,000 young men|combatants;p;a=the governor's spokesman]]
    into its Operation Rainbow community security outfit, the governor's spokesman said on
    Monday, after a month of attacks on farming villages. The recruits will be trained for {{six
    weeks}} by the police and paid a monthly stipend of {{N30,000}}. [[About 300 of
    them|combatants;p;n=-;a=the governor's spokesman]] will be posted to Riyom and Barkin Ladi,
    he said.""",
)

item(
    "Reprisal attacks in Numan leave 22 dead",
    """Police in Adamawa State said on Thursday that [[22 people|killed;a=Police in Adamawa
    State]] were killed when armed youths attacked [[four herders'
    camps|housing;u=structure;a=Police in Adamawa State]] near Numan in reprisal for the killing
    of a farmer. A police spokesman said [[dozens of cattle|killed;a=A police spokesman]] were
    also slaughtered and the camps burned. A curfew from {{6pm}} to {{6am}} has been imposed on
    Numan and Demsa.""",
)

item(
    "Kogi communities deserted after Bassa clashes",
    """Clashes between Bassa Kwomu and Egbura communities in Kogi State have killed [[more than
    30 people|killed;a=the Kogi State government]] since the start of the month, the Kogi State
    government said on Sunday. [[At least 15 communities|other;u=other]] along the Oguma road
    have been deserted, and the state has opened [[two camps|capacity]] at Sheria and Oguma for
    those who fled. The government said a {{2021}} committee report on the land dispute would be
    implemented.""",
)

item(
    "Court remands 23 over Rukuba road killings",
    """A magistrates' court in Jos on Thursday ordered [[23 suspects|arrested]] remanded in
    prison over the killing of [[27 travellers|killed]] on the Rukuba road on {{August 14}}. The
    suspects, {{aged 19 to 47}}, face charges of culpable homicide, conspiracy and unlawful
    assembly. The case was adjourned to {{September 30}}.""",
)

item(
    "Return of farmers to Guma after peace deal",
    """[[About 2,400 farmers|returned;a=the local government chairman]] have returned to their
    villages in Benue's Guma area {{three months}} after a peace agreement between farmers and
    herders, the local government chairman said on Saturday. The state provided [[60
    trucks|aid]] to move families and their belongings from the Daudu camp, and a further [[700
    households|returned;p;a=the local government chairman]] are expected to go home before
    planting begins, he said.""",
)

item(
    "Herders' group says hundreds of cattle lost",
    """The Miyetti Allah Cattle Breeders Association of Nigeria said on Tuesday that [[1,400
    cows|killed;u=other;a=The Miyetti Allah Cattle Breeders Association of Nigeria]] had been
    killed and [[600 others|other;u=other;a=The Miyetti Allah Cattle Breeders Association of
    Nigeria]] rustled in attacks on its members in Benue and Nasarawa since {{January}}. Its
    secretary, speaking in Lafia, said [[17 herders|killed;a=Its secretary]] had also been
    killed, including a {{12-year-old}} boy.""",
)

item(
    "Shops burned in Zangon Kataf market clash",
    """A clash between Hausa and Atyap traders at the Zangon Kataf market in southern Kaduna
    left [[five people|killed;a=the police]] dead and [[at least 18 shops|housing;a=the police]]
    burned on Wednesday, the police said. The state government imposed a {{24-hour}} curfew and
    said [[17 people|arrested;a=The state government]] had been detained. The market, which
    opens every {{fourth day}}, will stay closed until further notice.""",
)

item(
    "Mangu toll passes 200",
    """[[More than 200 people|killed;a=a coalition of community groups]] have been killed in
    Plateau's Mangu area since violence flared in {{May}}, a coalition of community groups said
    on Friday. The groups said [[about 20,000 people|displaced;a=The groups]] were living in
    [[12 camps|capacity;a=The groups]] in Mangu town and Jos. The army said it had deployed
    [[1,500 soldiers|combatants;a=The army]] to the area and that a {{24-hour}} curfew would
    remain.""",
)

item(
    "Agatu survivors recount raid",
    """Survivors of a raid on Agatu in Benue State said on Monday that gunmen burned [[seven
    villages|housing;a=Survivors of a raid on Agatu in Benue State]] in the {{two-day}} attack
    and shot dead [[hundreds of people|killed;a=Survivors of a raid on Agatu in Benue State]] as
    they fled towards the river. The state government put the toll at [[92|killed;a=The state
    government]]. The Senate has ordered an inquiry.""",
)

item(
    "Police recover cattle stolen in Riyom",
    """Police in Plateau State said on Sunday they had recovered [[212 head of
    cattle|other;a=Police in Plateau State]] stolen from Fulani herders in Riyom and arrested
    [[two suspects|arrested;a=Police in Plateau State]]. The herders had reported [[about 300
    cattle|other;a=The herders]] missing after an attack on their camp on {{Thursday night}}.""",
)

item(
    "Hundreds of families go home to Kajuru",
    """[[About 600 families|returned;a=Kaduna State's peace commission]] displaced by attacks in
    Kajuru in {{2019}} have returned home after a reconciliation meeting between Adara and
    Fulani leaders, Kaduna State's peace commission said. The commission said [[135
    houses|housing]] had been rebuilt with funds from the state and the European Union.
    [[Another 400 families|returned;p]] are to return by the end of the year.""",
)

item(
    "Bodies recovered from mining pond in Barkin Ladi",
    """Divers recovered [[nine bodies|killed;a=the police]] from an abandoned mining pond near
    Dura-Du in Plateau's Barkin Ladi area on Sunday, the police said, a day after gunmen
    attacked the village. Residents said [[31 people|missing;a=Residents]] were still
    unaccounted for. The pond, one of [[hundreds|other;u=other]] left by tin mining since the
    {{1940s}}, was searched again on Monday.""",
)

item(
    "Kidnapped Benue farmers freed",
    """[[Fourteen farmers|kidnapped;a=police in Benue State]] abducted from their farms in Ukum
    {{10 days}} ago have been freed, police in Benue State said on Monday. A police spokesman
    said [[three suspects|arrested;a=A police spokesman]] had been arrested. Relatives said they
    had paid {{N4.5 million}} before the release.""",
)
