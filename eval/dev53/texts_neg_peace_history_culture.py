"""dev53 negatives: peace talks, deals and mandates with no current violence; anniversaries,
commemorations, war graves and a Second World War bomb; films, games, books, theatre and
exhibitions about war.
NEGATIVES = [(title, text, kind code), ...]; kind codes from eval/conflictset (KIND_CODES)."""

NEGATIVES = [
    (
        "Armenia and Azerbaijan initial peace agreement at the White House",
        "The foreign ministers of Armenia and Azerbaijan initialled a peace agreement at the White House on Friday, meant to end more than three decades of hostility between the South Caucasus neighbours, and agreed to open a transit corridor through southern Armenia. The text still has to be signed by the two leaders and ratified, and Baku wants changes to Armenia's constitution first.",
        "peace",
    ),
    (
        "Russia and Ukraine agree large prisoner swap at Istanbul talks",
        "Russian and Ukrainian delegations agreed at their first direct talks in three years in Istanbul on Friday to exchange 1,000 prisoners of war each, but made no progress on a ceasefire, Turkish officials said. The meeting lasted less than two hours, and both sides said they would set out their conditions for a truce in writing.",
        "peace",
    ),
    (
        "Israeli cabinet approves Gaza ceasefire deal, truce to begin on Sunday",
        "Israel's cabinet approved a ceasefire and hostage release agreement with Hamas early on Saturday, and the truce is due to take effect at 8:30 on Sunday morning, the prime minister's office said. In the first six-week phase, 33 hostages are to be freed in exchange for hundreds of Palestinian prisoners, and Qatar and Egypt will monitor the deal.",
        "peace",
    ),
    (
        "Kosovo and Serbia negotiators meet in Brussels to revive EU-led dialogue",
        "Chief negotiators from Kosovo and Serbia met in Brussels on Wednesday for the first time in eight months, in an attempt to revive the EU-facilitated dialogue on normalising relations, the EU's special representative said. He said the two sides had discussed missing persons and energy, and that another round would follow in the autumn.",
        "peace",
    ),
    (
        "UN Security Council extends UNIFIL mandate for a final year",
        "The UN Security Council voted unanimously on Thursday to extend the mandate of the UNIFIL peacekeeping force in southern Lebanon until the end of 2026, after which it will begin a year-long withdrawal. Lebanon's government had lobbied to keep the 10,000-strong force, while Washington and Israel pushed for it to be wound down.",
        "peace",
    ),
    (
        "Congolese and Rwandan foreign ministers sign peace deal in Washington",
        "The foreign ministers of Congo and Rwanda signed a peace agreement in Washington on Friday, committing Rwanda to withdraw its troops from eastern Congo within 90 days and both sides to stop supporting armed groups. Qatar is separately mediating talks between Kinshasa and the M23 rebels.",
        "peace",
    ),
    (
        "Colombia's government signs deal with guerrilla splinter group in Pasto",
        "Colombia's government and the Comuneros del Sur, a splinter group of the ELN guerrillas, signed an agreement in Pasto on Saturday under which about 150 fighters will hand over their weapons and move into transition zones in Narino. The government's peace commissioner called it the first concrete step of the 'total peace' policy.",
        "peace",
    ),
    (
        "PKK fighters burn their weapons in disarmament ceremony",
        "About 30 PKK fighters burned their rifles in a ceremony at a cave near Sulaymaniyah in Iraq's Kurdistan region on Friday, the first concrete step in the group's decision to disband and end its four-decade insurgency against the Turkish state. Turkey's ruling party called it an important threshold, and a parliamentary commission is to draft laws for the process.",
        "peace",
    ),
    (
        "Mediators propose three-month humanitarian truce in Sudan",
        "The United States, Saudi Arabia, Egypt and the United Arab Emirates proposed a three-month humanitarian truce in Sudan on Friday, to be followed by a permanent ceasefire and a nine-month transition to civilian rule. The army-backed government said it was studying the plan, and the RSF said it welcomed any initiative that would end the war.",
        "peace",
    ),
    (
        "Veterans gather in Normandy to mark 81st anniversary of D-Day",
        "A handful of Second World War veterans, most of them over 100, joined crowds on Omaha Beach and at the British Normandy Memorial at Ver-sur-Mer on Friday to mark the 81st anniversary of the D-Day landings. Paratroopers in period uniforms jumped over Sainte-Mere-Eglise, and a piper played at dawn on Gold Beach.",
        "history",
    ),
    (
        "Survivors return to Auschwitz for 80th anniversary of liberation",
        "About 50 survivors joined kings, presidents and prime ministers at the former Nazi death camp of Auschwitz-Birkenau on Monday to mark 80 years since its liberation by Soviet troops. Speakers warned of rising antisemitism, and survivors placed candles at the memorial to the 1.1 million people murdered at the camp, most of them Jews.",
        "history",
    ),
    (
        "Unexploded WWII bombs force evacuation of 20,000 in Cologne",
        "More than 20,000 people were evacuated from Cologne's old town on Wednesday after three unexploded American bombs from the Second World War were found during construction work, city officials said. It was the largest evacuation in the city since the war, and bomb disposal experts made the devices safe by the evening.",
        "history",
    ),
    (
        "Remains of seven Srebrenica victims buried on 30th anniversary",
        "Tens of thousands of mourners gathered at the memorial centre in Potocari on Friday as the newly identified remains of seven victims were buried, marking 30 years since Bosnian Serb forces killed about 8,000 Muslim men and boys in and around Srebrenica. One of the victims was a 19-year-old whose mother had waited three decades to bury him.",
        "history",
    ),
    (
        "King leads Remembrance Sunday service at the Cenotaph",
        "The King laid a wreath at the Cenotaph in Whitehall on Sunday as the nation fell silent for two minutes to remember those who died in war, followed by a march past of about 10,000 veterans. The service marked the 80th year since the end of the Second World War.",
        "history",
    ),
    (
        "Israel stands still for Holocaust Remembrance Day sirens",
        "Sirens sounded across Israel for two minutes on Thursday morning for Holocaust Remembrance Day, and traffic stopped on highways as drivers got out and stood beside their cars. About 120,000 survivors are still alive in Israel, the welfare ministry said, and a third of them live in poverty.",
        "history",
    ),
    (
        "Netherlands marks 80 years since liberation with festivals",
        "The Netherlands celebrated 80 years since its liberation from Nazi occupation on Monday with free festivals in 14 cities and a ceremony in Wageningen, where the German surrender was signed in May 1945. Canadian veterans, whose troops freed much of the country, were guests of honour. The King addressed the crowd in Wageningen.",
        "history",
    ),
    (
        "Remains of First World War soldiers reburied near Ypres",
        "The remains of 17 British and Australian soldiers found during road works near Zonnebeke were reburied with military honours at a Commonwealth War Graves cemetery near Ypres on Thursday, more than a century after they fell in the Battle of Passchendaele. Two of them were identified through DNA, and their descendants attended the service.",
        "history",
    ),
    (
        "Forensic teams exhume Spanish Civil War mass grave near Valencia",
        "Forensic archaeologists have begun exhuming a mass grave at a cemetery in Paterna, near Valencia, believed to hold the remains of about 100 Republicans executed by Franco's forces between 1939 and 1940, the regional government said. Relatives have provided DNA samples in the hope of identifying grandparents they never met.",
        "history",
    ),
    (
        "Iraq war film 'Ramadi Night' tops North American box office",
        "'Ramadi Night', a real-time drama about a platoon of Navy SEALs pinned down in a house during the Iraq war, took in $8.3 million in its opening weekend to top the North American box office, according to studio estimates on Sunday. Critics praised its relentless sound design, and some veterans said it was the most accurate depiction of combat they had seen.",
        "entertainment",
    ),
    (
        "Ukrainian film about frontline surgeons wins Golden Bear",
        "A Ukrainian documentary following surgeons at a field hospital near the front line won the Golden Bear at the Berlin film festival on Saturday. Its director dedicated the prize to the medics who appear in the film and urged the audience not to look away.",
        "entertainment",
    ),
    (
        "New Battlefield game breaks franchise sales record",
        "The latest instalment of the Battlefield shooter series sold more than seven million copies in its first three days, its publisher said, the best launch in the franchise's history. Analysts said the game's return to modern warfare and large-scale destruction had drawn players back from rival titles.",
        "entertainment",
    ),
    (
        "Debut novel set in besieged Sarajevo wins Women's Prize",
        "A debut novel about a cellist and her brother surviving the siege of Sarajevo in the 1990s won the Women's Prize for Fiction in London on Thursday. The judges praised its humour amid sniper fire and shortages, and its Bosnian-born author said she had drawn on her own childhood.",
        "entertainment",
    ),
    (
        "Madrid exhibition shows Capa's Spanish Civil War photographs",
        "An exhibition of more than 100 photographs taken by Robert Capa and Gerda Taro during the Spanish Civil War opened at Madrid's Circulo de Bellas Artes on Wednesday, including prints from the 'Mexican suitcase' of negatives found in 2007. It runs until February. Entry is free on Sunday afternoons.",
        "entertainment",
    ),
    (
        "Netflix orders second season of Cold War spy thriller",
        "Netflix has renewed its Cold War spy drama set in 1970s East Berlin for a second season after it topped the streamer's English-language chart for three weeks, the company said. The series follows a Stasi officer turned double agent. Filming starts in Budapest in the spring.",
        "entertainment",
    ),
    (
        "'War Horse' returns to the National Theatre for anniversary run",
        "The stage adaptation of 'War Horse', with its life-size puppet horses charging through the trenches of the First World War, will return to the National Theatre in London next spring to mark the 20th anniversary of its premiere. Tickets go on sale on Monday.",
        "entertainment",
    ),
    (
        "Second World War resistance drama leads Bafta nominations",
        "A drama about a Polish resistance courier smuggling reports of the Holocaust to London led the Bafta film nominations on Wednesday with 12, including best film and best director. A satire about an arms dealer received eight nominations.",
        "entertainment",
    ),
]
