"""eval/dev84 hard negatives: anniversaries and history, a drama, a novel and an exhibition about wars. Labels follow eval/README.md (section 1); see build.py and README.md."""

NEGATIVES = [
    (
        "Survivors return to Auschwitz for 80th anniversary of its liberation",
        "About 50 survivors of Auschwitz gathered at the former Nazi death camp in southern Poland on Monday to mark 80 years since its liberation by Soviet troops, in what organisers said was likely the last major anniversary at which survivors would be present in such numbers. Kings, presidents and prime ministers from more than 50 countries sat in a heated tent built over the camp's brick entrance gate, where trains once brought deportees. Survivors spoke of hunger, cold and the loss of their families, and several warned against rising antisemitism. \"We do not want our past to be our children's future,\" said one, who was 14 when she arrived. The Nazis murdered about 1.1 million people at Auschwitz, most of them Jews, during the Second World War. Russia was not invited because of its invasion of Ukraine, the museum said. Visitors laid candles at the wall where prisoners were shot. The ceremony was held in the evening, and the camp was lit by lanterns along the railway track that runs through the entrance gate. Earlier in the day, survivors laid wreaths at the Death Wall, where the SS executed thousands of prisoners. Germany's chancellor said his country bore a responsibility that would never end. In Israel, sirens were not sounded, but schools held special lessons, and in many European cities the names of victims were read out in public. The museum said it had received a record 1.8 million visitors last year.",
        "history",
    ),
    (
        "WWII bomb defused in Cologne after 20,000 residents evacuated",
        "Bomb disposal experts defused three unexploded American bombs from the Second World War in Cologne on Wednesday, after about 20,000 people were evacuated from the city centre in the largest such operation in the city since the war. The bombs, each weighing about a tonne, were found by construction workers near the Deutz bridge on the east bank of the Rhine. Hotels, a hospital ward and several schools were cleared, and river shipping on a stretch of the Rhine was halted for the afternoon. The city said the experts had removed the fuses without problems and that residents could return by early evening. Cologne was heavily bombed during the war, and thousands of tonnes of unexploded ordnance are thought to remain buried beneath German cities. Dozens of such bombs are found across the country every year.",
        "history",
    ),
    (
        "Seven newly identified victims laid to rest as Srebrenica marks 30 years",
        "Tens of thousands of people gathered at the memorial centre in Potočari, outside Srebrenica, on Friday to mark 30 years since the massacre of about 8,000 Bosniak men and boys by Bosnian Serb forces, and to bury seven newly identified victims. The remains, found in mass graves and identified through DNA analysis, included those of a 19-year-old and a 67-year-old man, relatives said. Mourners prayed among the rows of white gravestones, where more than 6,700 victims are now buried. Several hundred people had walked for three days through the forests along the route that men took to try to escape in July 1995. The killings were ruled a genocide by two international courts. Relatives of the missing said they were still searching for about 1,000 people, and criticised Bosnian Serb leaders who continue to deny that a genocide took place.",
        "history",
    ),
    (
        "UNESCO lists Khmer Rouge prison and killing fields as World Heritage sites",
        "UNESCO added three memorial sites linked to the Khmer Rouge regime to its World Heritage list on Friday, including the Tuol Sleng prison in Phnom Penh, where thousands of people were tortured before being executed. The other two sites are the Choeung Ek killing fields outside the capital and a former prison in Takeo province. Cambodia's culture ministry said the listing would help preserve the sites and teach younger Cambodians about a period most of them know only from their parents. About 1.7 million people died of starvation, overwork and executions under the Khmer Rouge between 1975 and 1979. Tuol Sleng, a former high school, is now a museum that displays photographs of prisoners taken on their arrival. The listing, decided at a session of the World Heritage Committee in Paris, is the first in Cambodia for sites linked to recent history.",
        "history",
    ),
    (
        "New drama about the Troubles draws record audience for BBC Northern Ireland",
        "A new BBC drama set in Belfast during the Troubles drew the largest audience for a programme made in Northern Ireland since records began, the broadcaster said on Tuesday. The six-part series follows a Catholic nurse and a Protestant police officer whose families are drawn into the violence of the 1970s, with bombings, checkpoints and army raids recreated on streets in the city's north. Its first episode was watched by 6.8 million people across the United Kingdom in its first week. Critics praised the performances and its writing, though some victims' groups said the series used real attacks as backdrops without consulting families. The writer, who grew up in west Belfast, said she wanted to show \"how ordinary life carried on around the edges of a war\". About 3,500 people were killed in the conflict before the 1998 Good Friday Agreement.",
        "entertainment",
    ),
    (
        "Novel about a Mosul bakery during the war wins top Arabic fiction prize",
        'A novel about a family bakery in Mosul during the years of Islamic State rule won the International Prize for Arabic Fiction on Sunday, making its Iraqi author the first from the city to win the award. The book follows a baker and his three daughters who keep the ovens running under the militants\' rules and through the battle to retake the city in 2017, feeding neighbours as the front line nears. The judges called it "a tender and furious book about bread, fear and stubbornness". Its author, a former teacher who lived through the occupation, said he wrote much of it on his phone while sheltering in a basement. The prize, worth $50,000, will fund an English translation. Publishers said sales of the book had already doubled since it was shortlisted in February.',
        "entertainment",
    ),
    (
        "London exhibition gathers photographers who covered wars from Vietnam to Ukraine",
        "An exhibition of more than 200 photographs from conflicts of the past six decades opened at the Imperial War Museum in London on Friday, bringing together the work of 40 photographers, among them several who were killed while working. The show begins with pictures from Vietnam and Northern Ireland and ends with images from Ukraine, Gaza and Sudan taken in the past three years. Curators said they had chosen images that showed civilians rather than combat: a woman carrying a sewing machine out of a burning house, children playing football beside a destroyed tank. A room is dedicated to the cameras, helmets and notebooks of photographers who died. The museum said it had consulted families before showing images of the dead. The exhibition runs until March and admission is free.",
        "entertainment",
    ),
]
