"""dev15 negatives: peace talks, ceasefires holding, swaps; history, anniversaries, rulings
about past wars; films, books, games, exhibitions.

NEGATIVES = [(title, text, kind code), ...].
"""

NEGATIVES = [
    # ---------------------------------------------------------------- negatives: peace talks, ceasefires holding, swaps
    (
        "Colombia and ELN ceasefire takes effect",
        "A six-month bilateral ceasefire between the Colombian government and the ELN guerrilla group took effect at midnight, the two sides said. A UN mission will monitor it. Negotiators said talks in Havana would continue.",
        "peace",
    ),
    (
        "DR Congo and Rwanda sign a peace deal in Washington",
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington, committing to end support for armed groups and to set up a joint security mechanism. The US secretary of state called it a turning point.",
        "peace",
    ),
    (
        "Kinshasa and M23 sign declaration of principles in Doha",
        "The Congolese government and the M23 rebels signed a declaration of principles in Doha, committing to a permanent ceasefire and talks on a final deal. Qatar said the talks would resume in two weeks.",
        "peace",
    ),
    (
        "First flight lands in Mekelle since peace deal",
        "An Ethiopian Airlines flight landed in Mekelle, the first commercial flight to Tigray's capital in 18 months, following the Pretoria peace agreement. Passengers hugged relatives in the arrivals hall. Banks in the region also reopened.",
        "peace",
    ),
    (
        "Lebanese families drive back south as truce holds",
        "Cars loaded with mattresses jammed the highway south from Beirut as families returned to their villages on the first day of the ceasefire between Israel and Hezbollah. The Lebanese army said it would deploy in the south.",
        "peace",
    ),
    (
        "Baku and Yerevan leaders initial peace agreement at White House",
        "The leaders of Armenia and Azerbaijan initialled a peace agreement at the White House, ending decades of hostility. The deal includes a transit route across southern Armenia.",
        "peace",
    ),
    (
        "MILF fighters hand over weapons in Maguindanao",
        "About 1,000 fighters of the Moro Islamic Liberation Front handed over their weapons in a ceremony in Sultan Kudarat, in the latest phase of decommissioning under the 2014 peace deal. Each received a cash grant.",
        "peace",
    ),
    (
        "Last Renamo base closes in Gorongosa",
        "The last base of Renamo's armed wing closed in Gorongosa, as fighters handed in their weapons under the 2019 peace deal, Mozambique's president said. He thanked the fighters for choosing peace.",
        "peace",
    ),
    (
        "Security Council extends African Union mission in Somalia",
        "The UN Security Council voted to extend the mandate of the African Union mission in Somalia for another year. Several members raised concerns about funding.",
        "peace",
    ),
    (
        "Ukraine and Russia swap 390 prisoners each",
        "Ukraine and Russia exchanged 390 prisoners each in the first stage of the largest swap of the war, agreed at talks in Istanbul. Released Ukrainian soldiers wrapped themselves in flags as they stepped off buses.",
        "peace",
    ),
    (
        "Kosovo and Serbia agree deal on licence plates",
        "Kosovo and Serbia agreed an EU-brokered deal ending a dispute over car licence plates, the EU's foreign policy chief said. Serbia will stop issuing plates for Kosovo towns.",
        "peace",
    ),
    (
        "Loyalist group says it will stand down",
        "A loyalist paramilitary group in Northern Ireland said it would disband and that its weapons had been put beyond use, in a statement read by a church minister. The justice minister welcomed the move.",
        "peace",
    ),
    (
        "Jeddah talks yield declaration on protecting civilians in Sudan",
        "Representatives of Sudan's army and the RSF signed a declaration in Jeddah committing to protect civilians and allow aid, the Saudi and US mediators said. Talks on a ceasefire would continue.",
        "peace",
    ),
    (
        "Yemen truce holds, flights leave Sanaa",
        "The first commercial flight in six years left Sanaa airport for Amman, as a UN-brokered truce in Yemen entered its second month. Fuel ships also docked at Hodeidah.",
        "peace",
    ),
    (
        "PKK fighters burn weapons at ceremony in Sulaymaniyah",
        "About 30 PKK fighters burned their rifles in a ceremony in a cave near Sulaymaniyah, marking the start of the group's disarmament after it announced it would dissolve. Turkish officials called it a historic step.",
        "peace",
    ),
    # ---------------------------------------------------------------- negatives: history, anniversaries, rulings about past wars
    (
        "Račak remembers victims 25 years on",
        "Hundreds of people gathered in Račak, in Kosovo, to mark 25 years since 45 Albanian villagers were killed by Serbian forces. Relatives laid flowers at the memorial. The US envoy who reported on the killings in 1999 was remembered in speeches.",
        "history",
    ),
    (
        "Soldier F acquitted over Bloody Sunday killings",
        "A former British paratrooper known as Soldier F was found not guilty of the murder of two men on Bloody Sunday in Derry in 1972. Families of the victims said they were disappointed. The judge said the evidence of the soldiers' statements was not reliable.",
        "history",
    ),
    (
        "ICC convicts Janjaweed leader for Darfur crimes",
        "The International Criminal Court convicted Ali Kushayb, a former Janjaweed leader, of war crimes and crimes against humanity committed in Darfur in 2003 and 2004. Judges found he had ordered killings and rapes in villages.",
        "history",
    ),
    (
        "Colombia's peace court charges ex-FARC leaders over kidnappings",
        "Colombia's special peace tribunal charged the former FARC leadership with war crimes over thousands of kidnappings during the conflict. The former commanders have accepted responsibility.",
        "history",
    ),
    (
        "Mexico marks Tlatelolco anniversary",
        "Thousands marched in Mexico City to mark the anniversary of the 1968 Tlatelolco massacre, in which soldiers killed student protesters. The march was peaceful and ended in the main square.",
        "history",
    ),
    (
        "Ukraine remembers Holodomor victims",
        "Ukrainians lit candles in windows to remember the millions who died in the 1932-33 famine. President Zelensky laid wheat at the memorial in Kyiv.",
        "history",
    ),
    (
        "WWII shell found during Sarajevo roadworks",
        "Workers found an unexploded Second World War artillery shell during roadworks in Sarajevo, and police closed the street while experts removed it. No one was evacuated.",
        "history",
    ),
    (
        "Halabja marks 35 years since gas attack",
        "Residents of Halabja in Iraq's Kurdistan region marked 35 years since the 1988 chemical attack by Saddam Hussein's forces. Sirens sounded and people stood in silence at the memorial cemetery.",
        "history",
    ),
    (
        "Armenians march in Yerevan on genocide remembrance day",
        "Tens of thousands of people walked to the genocide memorial in Yerevan to lay flowers on the anniversary of the 1915 killings of Armenians in the Ottoman Empire. Many carried tulips and candles.",
        "history",
    ),
    (
        "Nigeria marks anniversary of end of Biafra war",
        "Nigeria marked 55 years since the end of the civil war with the secessionist Biafra. Historians said many families still had not found out what happened to relatives.",
        "history",
    ),
    (
        "Marawi marks siege anniversary with prayers",
        "Residents of Marawi held prayers and a march to mark the anniversary of the 2017 siege of the city by militants. Many are still waiting to return to homes in the rebuilt city centre.",
        "history",
    ),
    (
        "Rio marks 30 years since Candelária killings",
        "Relatives and activists gathered at the Candelária church in Rio de Janeiro to mark 30 years since eight street children were shot dead there by off-duty police in 1993. A mural of the children was unveiled on the church wall.",
        "history",
    ),
    (
        "Omagh bombing inquiry hears from families",
        "The public inquiry into the 1998 Omagh bombing, in which 29 people were killed, began hearing statements from bereaved families. The inquiry will examine whether the bombing could have been prevented.",
        "history",
    ),
    (
        "Wreck of wartime bomber found in Papua jungle",
        "Villagers in Indonesia's Papua province found the wreck of a US bomber that crashed in 1944. Researchers hope to identify the remains of its crew.",
        "history",
    ),
    (
        "Investigators exhume mass grave near Damascus",
        "Syrian investigators began exhuming a mass grave near Damascus that relatives say contains the bodies of detainees who died in the former government's prisons. A new national commission for the missing is leading the work.",
        "history",
    ),
    # ---------------------------------------------------------------- negatives: films, books, games, exhibitions
    (
        "'20 Days in Mariupol' wins documentary Oscar",
        "'20 Days in Mariupol', filmed by Ukrainian AP journalists during the siege of the city, won the Oscar for best documentary feature. The director said he wished he had never made it.",
        "entertainment",
    ),
    (
        "Biafran war novel adapted for the screen",
        "'Half of a Yellow Sun', based on Chimamanda Ngozi Adichie's novel about the Nigerian civil war, premiered at the Toronto film festival. Critics praised the performances.",
        "entertainment",
    ),
    (
        "Cartel drama returns for final season",
        "The crime series about Mexican drug cartels returned for its final season, with new episodes set in Tijuana and Ciudad Juárez. The show has been criticised for glamorising traffickers.",
        "entertainment",
    ),
    (
        "West Bank documentary 'No Other Land' wins Oscar",
        "'No Other Land', a documentary made by a Palestinian and Israeli collective about the demolition of villages in Masafer Yatta, won the Oscar for best documentary. The film had no US distributor when it was nominated.",
        "entertainment",
    ),
    (
        "Colombian film about FARC hostages premieres in Cannes",
        "A Colombian film about soldiers held for years by the FARC in the jungle premiered in Cannes to a long ovation. The director said he had interviewed dozens of former hostages.",
        "entertainment",
    ),
    (
        "'Battlefield 6' sells millions in first days",
        "The shooter game 'Battlefield 6' sold millions of copies in its first three days, its publisher said. Players praised its large-scale battles and destructible buildings.",
        "entertainment",
    ),
    (
        "'Belfast' wins best original screenplay",
        "Kenneth Branagh's 'Belfast', about a boy growing up during the Troubles, won the Oscar for best original screenplay. Branagh dedicated the award to the city.",
        "entertainment",
    ),
    (
        "Photo exhibition on Sudan's war opens in Nairobi",
        "An exhibition of photographs by Sudanese photographers documenting two years of war opened in Nairobi. Many of the images show life in camps in Chad and Egypt.",
        "entertainment",
    ),
    (
        "Kurdish singer's album recalls Kobani",
        "A Kurdish singer released an album of songs about the battle of Kobani, where she lived as a child. She said she wanted young people to remember the women fighters.",
        "entertainment",
    ),
    (
        "Nollywood film tells story of Chibok girls",
        "A Nollywood film about the girls abducted from their school in Chibok premiered in Lagos. Some of the freed girls attended the screening.",
        "entertainment",
    ),
    (
        "Exiled Myanmar poet publishes memoir of prison",
        "A Myanmar poet who fled the country after the coup published a memoir about his years as a political prisoner. He writes from Thailand, where he runs a small bookshop.",
        "entertainment",
    ),
    (
        "'City of God' sequel series premieres",
        "A sequel series to the film 'City of God', set 20 years later in the same Rio favela, premiered on HBO. Several actors from the original film returned.",
        "entertainment",
    ),
]
