package io.audiences.application.port.out;

/** Deliberately a class, not an interface, in a port package. */
public class ConcretePort {
}
